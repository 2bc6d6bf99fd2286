using System.Globalization;
using System.Xml;

namespace CrampSignals.Text;

/// <summary>
/// Reads element and attribute text into one reusable buffer, so that numbers and times can be parsed from a span
/// without a string per value. Text longer than <see cref="MaxTextChars"/> is consumed but not kept.
/// </summary>
internal sealed class XmlTextBuffer
{
    /// <summary>The most characters of one text value that are kept; the rest is read past. Bounds memory on hostile input.</summary>
    public const int MaxTextChars = 16 * 1024;

    private char[] _buffer = new char[256];
    private readonly char[] _discard = new char[256];
    private int _length;

    /// <summary>
    /// Reads the text content of the element the reader is on and leaves the reader on its end tag (or on the element
    /// itself when it is empty). Text of nested elements is not included. Returns the text trimmed of white space.
    /// </summary>
    public ReadOnlySpan<char> ReadElementText(XmlReader reader)
    {
        _length = 0;
        if (reader.IsEmptyElement) return default;
        var depth = reader.Depth;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    if (reader.Depth == depth + 1) Append(reader);
                    break;
                case XmlNodeType.EndElement:
                    if (reader.Depth == depth) return _buffer.AsSpan(0, _length).Trim();
                    break;
            }
        }
        return _buffer.AsSpan(0, _length).Trim();
    }

    /// <summary>The value of the attribute the reader is on, trimmed.</summary>
    public ReadOnlySpan<char> ReadAttributeText(XmlReader reader)
    {
        _length = 0;
        Append(reader);
        return _buffer.AsSpan(0, _length).Trim();
    }

    /// <summary>The element's text as a string, or null when it is empty or only white space.</summary>
    public string? ReadElementString(XmlReader reader)
    {
        var text = ReadElementText(reader);
        return text.IsEmpty ? null : new string(text);
    }

    /// <summary>Parses a finite invariant-culture number; false for empty text, NaN, infinities and anything else.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> text, out double value)
    {
        if (PlainDecimal.TryParse(text, out value)) return true;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
            return true;
        value = double.NaN;
        return false;
    }

    private void Append(XmlReader reader)
    {
        if (!reader.CanReadValueChunk)
        {
            var value = reader.Value;
            EnsureRoom(Math.Min(_length + value.Length, MaxTextChars));
            var take = Math.Min(value.Length, _buffer.Length - _length);
            value.AsSpan(0, take).CopyTo(_buffer.AsSpan(_length));
            _length += take;
            return;
        }
        while (true)
        {
            if (_length == _buffer.Length)
            {
                if (_buffer.Length >= MaxTextChars)
                {
                    while (reader.ReadValueChunk(_discard, 0, _discard.Length) > 0) { }
                    return;
                }
                EnsureRoom(Math.Min(_buffer.Length * 2, MaxTextChars));
            }
            var n = reader.ReadValueChunk(_buffer, _length, _buffer.Length - _length);
            if (n == 0) return;
            _length += n;
        }
    }

    private void EnsureRoom(int size)
    {
        if (size > _buffer.Length) Array.Resize(ref _buffer, size);
    }
}

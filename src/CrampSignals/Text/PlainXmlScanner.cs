using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;

namespace CrampSignals.Text;

/// <summary>
/// A forward-only scanner of the tags of a plain UTF-8 XML document held in memory: no DTD, comment, processing
/// instruction, CDATA section or entity reference, ASCII names, namespace declarations on the root element only.
/// It is only ever a shortcut: whatever it does not fully understand, well-formed or not, makes it throw
/// <see cref="PlainXmlDeclinedException"/>, and the caller reads the document again with <see cref="SafeXmlReader"/>,
/// which gives the errors and their locations. So everything <see cref="SafeXmlReader"/> would refuse before the root
/// element closes is declined here too.
/// </summary>
internal ref struct PlainXmlScanner
{
    private const int MaxDepth = 256;
    private const int MaxAttributes = 32;

    // Bytes that are not XML characters (C0 controls other than tab, line feed and carriage return) and '&': entity
    // references are left to the XML reader.
    private static readonly SearchValues<byte> Unplain = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, (byte)'&']);

    // 2: may start a name; 1: may continue one. ASCII only: other names are declined.
    private static readonly byte[] NameChars = BuildNameChars();

    private readonly ReadOnlySpan<byte> _doc;
    private readonly (byte[] Prefix, byte[] Uri)[] _predeclared;
    private readonly int[] _open = new int[2 * MaxDepth];
    private readonly int[] _attributes = new int[4 * MaxAttributes];
    private readonly int[] _declarations = new int[4 * MaxAttributes];
    private int _declarationCount;
    private int _pos;

    /// <summary>A scanner over <paramref name="doc"/>, with prefixes usable without a declaration (the document's own win).</summary>
    public PlainXmlScanner(ReadOnlySpan<byte> doc, (byte[] Prefix, byte[] Uri)[] predeclared)
    {
        _doc = doc;
        _predeclared = predeclared;
    }

    /// <summary>Open elements, the current one included when it is not empty.</summary>
    public int Depth { get; private set; }

    /// <summary>Whether the start tag just read is an empty element (<c>&lt;a/&gt;</c>).</summary>
    public bool IsEmpty { get; private set; }

    /// <summary>How many attributes the start tag just read has.</summary>
    public int AttributeCount { get; private set; }

    private int NameStart { get; set; }
    private int NameLength { get; set; }
    private int LocalOffset { get; set; }

    /// <summary>The local name of the start tag just read.</summary>
    public readonly ReadOnlySpan<byte> LocalName => _doc.Slice(NameStart + LocalOffset, NameLength - LocalOffset);

    /// <summary>The qualified name of attribute <paramref name="i"/>.</summary>
    public readonly ReadOnlySpan<byte> AttributeName(int i) => _doc.Slice(_attributes[4 * i], _attributes[4 * i + 1]);

    /// <summary>The raw value of attribute <paramref name="i"/> (no reference in it; white space not normalised).</summary>
    public readonly ReadOnlySpan<byte> AttributeValue(int i) => _doc.Slice(_attributes[4 * i + 2], _attributes[4 * i + 3]);

    /// <summary>Stops the shortcut.</summary>
    [DoesNotReturn]
    public static void Decline() => throw new PlainXmlDeclinedException();

    /// <summary>
    /// Checks the whole document is plain (valid UTF-8, only XML characters, no '&amp;' or "]]&gt;"), and passes its
    /// byte-order mark and XML declaration, which must say version 1.0 and, if anything, UTF-8.
    /// </summary>
    public void Start()
    {
        if (!Utf8.IsValid(_doc) || _doc.IndexOfAny(Unplain) >= 0 || _doc.IndexOf("]]>"u8) >= 0
            || _doc.IndexOf("\uFFFE"u8) >= 0 || _doc.IndexOf("\uFFFF"u8) >= 0)
            Decline();
        if (_doc.StartsWith("\uFEFF"u8)) _pos = 3;
        if (!_doc[_pos..].StartsWith("<?xml"u8)) return;
        _pos += 5;
        if (!SkipWhiteSpace()) Decline();
        if (!PseudoAttribute("version"u8).SequenceEqual("1.0"u8)) Decline();
        var space = SkipWhiteSpace();
        if (space && _doc[_pos..].StartsWith("encoding"u8))
        {
            if (!Ascii.EqualsIgnoreCase(PseudoAttribute("encoding"u8), "utf-8"u8)) Decline();
            space = SkipWhiteSpace();
        }
        if (space && _doc[_pos..].StartsWith("standalone"u8))
        {
            var standalone = PseudoAttribute("standalone"u8);
            if (!standalone.SequenceEqual("yes"u8) && !standalone.SequenceEqual("no"u8)) Decline();
            SkipWhiteSpace();
        }
        Expect((byte)'?');
        Expect((byte)'>');
    }

    /// <summary>
    /// Moves to the next start or end tag, passing over text. True on a start tag (<see cref="LocalName"/>,
    /// <see cref="IsEmpty"/>, the attributes); false on an end tag, the element it closes no longer counted in <see cref="Depth"/>.
    /// </summary>
    public bool Next()
    {
        var rest = _doc[_pos..];
        var lt = rest.IndexOf((byte)'<');
        if (lt < 0 || (Depth == 0 && rest[..lt].IndexOfAnyExcept(" \t\r\n"u8) >= 0)) Decline();
        _pos += lt + 1;
        var c = At(_pos);
        if (c == '/')
        {
            ReadEndTag();
            return false;
        }
        if (c is (byte)'!' or (byte)'?') Decline();
        ReadStartTag();
        return true;
    }

    /// <summary>
    /// The text of the element whose start tag was just read, up to its end tag, which is read too; raw (no
    /// reference in it, line ends not normalised). An element holding anything but text is declined.
    /// </summary>
    public ReadOnlySpan<byte> ReadText()
    {
        if (IsEmpty) return default;
        var rest = _doc[_pos..];
        var lt = rest.IndexOf((byte)'<');
        if (lt < 0) Decline();
        _pos += lt + 1;
        if (At(_pos) != '/') Decline();
        ReadEndTag();
        return rest[..lt];
    }

    /// <summary>Passes the rest of the element whose start tag was just read.</summary>
    public void Skip()
    {
        if (IsEmpty) return;
        var depth = Depth - 1;
        while (Depth > depth) Next();
    }

    private readonly byte At(int i) => i < _doc.Length ? _doc[i] : (byte)0;

    private bool SkipWhiteSpace()
    {
        var start = _pos;
        while (At(_pos) is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') _pos++;
        return _pos > start;
    }

    private void Expect(byte c)
    {
        if (At(_pos) != c) Decline();
        _pos++;
    }

    private ReadOnlySpan<byte> PseudoAttribute(ReadOnlySpan<byte> name)
    {
        if (!_doc[_pos..].StartsWith(name)) Decline();
        _pos += name.Length;
        return QuotedValue();
    }

    private ReadOnlySpan<byte> QuotedValue()
    {
        SkipWhiteSpace();
        Expect((byte)'=');
        SkipWhiteSpace();
        var quote = At(_pos);
        if (quote is not ((byte)'"' or (byte)'\'')) Decline();
        _pos++;
        var length = _doc[_pos..].IndexOf(quote);
        if (length < 0) Decline();
        var value = _doc.Slice(_pos, length);
        if (value.IndexOf((byte)'<') >= 0) Decline();
        _pos += length + 1;
        return value;
    }

    // A name: NCName, or NCName:NCName. Returns the offset of the local part.
    private int ReadName(out int start, out int length)
    {
        start = _pos;
        var local = 0;
        if (NameClass(At(_pos)) != 2) Decline();
        _pos++;
        while (true)
        {
            var c = At(_pos);
            var kind = NameClass(c);
            if (kind > 0) _pos++;
            else if (c == ':' && local == 0 && NameClass(At(_pos + 1)) == 2)
            {
                local = _pos + 1 - start;
                _pos += 2;
            }
            else if (c >= 0x80 || c == ':') Decline();
            else break;
        }
        length = _pos - start;
        return local;
    }

    private static int NameClass(byte c) => c < 0x80 ? NameChars[c] : 0;

    private void ReadStartTag()
    {
        LocalOffset = ReadName(out var start, out var length);
        NameStart = start;
        NameLength = length;
        AttributeCount = 0;
        while (true)
        {
            var space = SkipWhiteSpace();
            var c = At(_pos);
            if (c == '>')
            {
                _pos++;
                IsEmpty = false;
                break;
            }
            if (c == '/')
            {
                _pos++;
                Expect((byte)'>');
                IsEmpty = true;
                break;
            }
            if (!space || AttributeCount == MaxAttributes) Decline();
            var at = 4 * AttributeCount;
            ReadName(out _attributes[at], out _attributes[at + 1]);
            var value = QuotedValue();
            _attributes[at + 2] = _pos - 1 - value.Length;
            _attributes[at + 3] = value.Length;
            AttributeCount++;
        }
        CheckNames();
        if (IsEmpty) return;
        if (Depth == MaxDepth) Decline();
        _open[2 * Depth] = NameStart;
        _open[2 * Depth + 1] = NameLength;
        Depth++;
    }

    // An end tag is the open element's name again: compared as bytes, it needs no parsing.
    private void ReadEndTag()
    {
        _pos++;
        if (Depth == 0) Decline();
        Depth--;
        var name = _doc.Slice(_open[2 * Depth], _open[2 * Depth + 1]);
        if (!_doc[_pos..].StartsWith(name)) Decline();
        _pos += name.Length;
        SkipWhiteSpace();
        Expect((byte)'>');
    }

    // What a namespace-aware XML reader checks of names: attributes unique by name and by namespace and local name,
    // prefixes declared, the reserved xml and xmlns bindings left alone.
    private void CheckNames()
    {
        var root = Depth == 0;
        for (var i = 0; i < AttributeCount; i++)
        {
            var name = AttributeName(i);
            for (var j = 0; j < i; j++)
                if (name.SequenceEqual(AttributeName(j))) Decline();
            var colon = name.IndexOf((byte)':');
            var isDeclaration = name.SequenceEqual("xmlns"u8) || name.StartsWith("xmlns:"u8);
            if (!root && (colon >= 0 || isDeclaration)) Decline();
            if (!isDeclaration) continue;
            var uri = AttributeValue(i);
            if (uri.IndexOf("www.w3.org/XML/1998/namespace"u8) >= 0 || uri.IndexOf("www.w3.org/2000/xmlns"u8) >= 0
                || uri.IndexOfAny("\t\r\n"u8) >= 0)
                Decline();
            if (colon < 0) continue;
            var prefix = name[(colon + 1)..];
            if (uri.IsEmpty || prefix.SequenceEqual("xml"u8) || prefix.SequenceEqual("xmlns"u8)) Decline();
            var at = 4 * _declarationCount++;
            _declarations[at] = _attributes[4 * i] + colon + 1;
            _declarations[at + 1] = prefix.Length;
            _declarations[at + 2] = _attributes[4 * i + 2];
            _declarations[at + 3] = uri.Length;
        }
        if (LocalOffset > 0) Namespace(_doc.Slice(NameStart, LocalOffset - 1));
        if (!root) return;
        for (var i = 0; i < AttributeCount; i++)
        {
            var name = AttributeName(i);
            var colon = name.IndexOf((byte)':');
            if (colon < 0 || name.StartsWith("xmlns:"u8)) continue;
            var uri = Namespace(name[..colon]);
            for (var j = 0; j < i; j++)
            {
                var other = AttributeName(j);
                var otherColon = other.IndexOf((byte)':');
                if (otherColon < 0 || other.StartsWith("xmlns:"u8)) continue;
                if (name[(colon + 1)..].SequenceEqual(other[(otherColon + 1)..]) && uri.SequenceEqual(Namespace(other[..otherColon]))) Decline();
            }
        }
    }

    private readonly ReadOnlySpan<byte> Namespace(ReadOnlySpan<byte> prefix)
    {
        if (prefix.SequenceEqual("xml"u8) || prefix.SequenceEqual("xmlns"u8)) Decline();
        for (var i = 0; i < _declarationCount; i++)
            if (prefix.SequenceEqual(_doc.Slice(_declarations[4 * i], _declarations[4 * i + 1])))
                return _doc.Slice(_declarations[4 * i + 2], _declarations[4 * i + 3]);
        foreach (var (known, uri) in _predeclared)
            if (prefix.SequenceEqual(known)) return uri;
        Decline();
        return default;
    }

    private static byte[] BuildNameChars()
    {
        var table = new byte[128];
        for (var c = 'a'; c <= 'z'; c++) table[c] = table[c - 'a' + 'A'] = 2;
        table['_'] = 2;
        for (var c = '0'; c <= '9'; c++) table[c] = 1;
        table['-'] = table['.'] = 1;
        return table;
    }
}

/// <summary>The document is not one <see cref="PlainXmlScanner"/> reads; the XML reader is to read it from the start.</summary>
internal sealed class PlainXmlDeclinedException : Exception
{
    /// <summary>Declines.</summary>
    public PlainXmlDeclinedException() : base("not a plain XML document") { }
}

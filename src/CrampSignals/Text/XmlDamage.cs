using System.Text;
using System.Xml;

namespace CrampSignals.Text;

/// <summary>Where and why an XML document stopped being readable.</summary>
/// <param name="Reason">What went wrong, without the location.</param>
/// <param name="Line">1-based line (0 when unknown).</param>
/// <param name="Position">1-based position on the line (0 when unknown).</param>
internal readonly record struct XmlDamage(string Reason, int Line, int Position)
{
    /// <summary>True for the exceptions a damaged or hostile document raises while being read (as opposed to a bug).</summary>
    public static bool IsDocumentDamage(Exception e) =>
        e is XmlException or DecoderFallbackException or IOException or EndOfStreamException;

    /// <summary>Describes <paramref name="e"/>, taking the location from the exception when it has one, else from the reader.</summary>
    public static XmlDamage From(Exception e, XmlReader? reader)
    {
        if (e is XmlException x && x.LineNumber > 0)
            return new XmlDamage(IsDtdRefusal(x) ? DtdRefused : StripLocation(x.Message), x.LineNumber, x.LinePosition);
        var (line, position) = reader is null ? (0, 0) : SafeXmlReader.LocationOf(reader);
        var reason = e switch
        {
            XmlException xe when IsDtdRefusal(xe) => DtdRefused,
            XmlException xe => StripLocation(xe.Message),
            DecoderFallbackException => "bytes that are not valid in the document's encoding",
            _ => e.Message,
        };
        return new XmlDamage(reason, line, position);
    }

    /// <summary>
    /// Like <see cref="From(Exception, XmlReader?)"/>, and when neither the exception nor the reader knows where the
    /// problem is (the framework refuses a DTD without a location), finds the <c>&lt;!DOCTYPE</c> in the first
    /// characters of <paramref name="stream"/> from <paramref name="startPosition"/>, if the stream can seek.
    /// </summary>
    public static XmlDamage From(Exception e, XmlReader? reader, Stream stream, long? startPosition)
    {
        var damage = From(e, reader);
        if (damage.Line > 0 || startPosition is not long start || !stream.CanSeek) return damage;
        try
        {
            stream.Position = start;
            using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 4096, leaveOpen: true);
            var buffer = new char[PrologueChars];
            var length = text.ReadBlock(buffer, 0, buffer.Length);
            var prologue = buffer.AsSpan(0, length);
            var at = prologue.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
            // Positions point at the name after the markup's opening characters, as the XML reader reports nodes.
            if (at >= 0) return damage with { Line = LineOf(prologue, at), Position = ColumnOf(prologue, at) + 2 };
            // No DTD: the other location-less failure is a document that ends before its root element, so the
            // problem is at its end, when the end was reached.
            if (length < PrologueChars) return damage with { Line = LineOf(prologue, length), Position = ColumnOf(prologue, length) };
            return damage;
        }
        catch (Exception again) when (again is IOException or NotSupportedException or DecoderFallbackException)
        {
            return damage;
        }
    }

    /// <summary>What the reader says of a DTD, instead of the framework's advice to developers about its settings.</summary>
    internal const string DtdRefused =
        "the document declares a DTD (<!DOCTYPE ...>); activity files have none, and DTDs are refused because their entities can expand without bound";

    // The framework's refusal names the setting that would allow DTDs; that advice is for developers, not for a runner.
    private static bool IsDtdRefusal(XmlException e) =>
        e.Message.Contains("DTD", StringComparison.Ordinal) && e.Message.Contains("DtdProcessing", StringComparison.Ordinal);

    /// <summary>"1 track point", "3 track points": for messages that report what was kept.</summary>
    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private const int PrologueChars = 64 * 1024;

    private static int LineOf(ReadOnlySpan<char> text, int index) => text[..index].Count('\n') + 1;

    private static int ColumnOf(ReadOnlySpan<char> text, int index) => index - (text[..index].LastIndexOf('\n') + 1) + 1;

    // XmlException repeats "Line n, position m." in its message; the project's errors carry the location separately.
    private static string StripLocation(string message)
    {
        var i = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).TrimEnd();
    }
}

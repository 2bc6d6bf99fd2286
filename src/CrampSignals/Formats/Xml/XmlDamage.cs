using System.Text;
using System.Xml;

namespace CrampSignals.Formats.Xml;

/// <summary>Where and why an XML document stopped being readable.</summary>
/// <param name="Reason">What went wrong, without the location.</param>
/// <param name="Line">1-based line (0 when unknown).</param>
/// <param name="Position">1-based position on the line (0 when unknown).</param>
public readonly record struct XmlDamage(string Reason, int Line, int Position)
{
    /// <summary>True for the exceptions a damaged or hostile document raises while being read (as opposed to a bug).</summary>
    public static bool IsDocumentDamage(Exception e) =>
        e is XmlException or DecoderFallbackException or IOException or EndOfStreamException;

    /// <summary>Describes <paramref name="e"/>, taking the location from the exception when it has one, else from the reader.</summary>
    public static XmlDamage From(Exception e, XmlReader? reader)
    {
        if (e is XmlException x && x.LineNumber > 0)
            return new XmlDamage(StripLocation(x.Message), x.LineNumber, x.LinePosition);
        var (line, position) = reader is null ? (0, 0) : SafeXmlReader.LocationOf(reader);
        var reason = e switch
        {
            XmlException xe => StripLocation(xe.Message),
            DecoderFallbackException => "bytes that are not valid in the document's encoding",
            _ => e.Message,
        };
        return new XmlDamage(reason, line, position);
    }

    // XmlException repeats "Line n, position m." in its message; the project's errors carry the location separately.
    private static string StripLocation(string message)
    {
        var i = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).TrimEnd();
    }
}

using System.Xml;

namespace CrampSignals.Text;

/// <summary>Creates the forward-only <see cref="XmlReader"/> every XML activity reader uses.</summary>
/// <remarks>
/// Document type definitions are refused and nothing outside the stream is ever fetched: a watch file has no
/// business declaring entities, and refusing them rules out entity-expansion bombs and external fetches.
/// </remarks>
internal static class SafeXmlReader
{
    /// <summary>The settings: DTDs prohibited, no resolver, comments/whitespace/processing instructions skipped, line info kept.</summary>
    public static XmlReaderSettings CreateSettings(XmlNameTable? nameTable = null) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = true,
        CloseInput = false,
        NameTable = nameTable,
        ConformanceLevel = ConformanceLevel.Document,
    };

    /// <summary>
    /// Opens a reader on <paramref name="stream"/> (the encoding comes from the BOM or the XML declaration, else UTF-8),
    /// passing over white space before the first markup (see <see cref="XmlLeadIn"/>); lines and positions stay the file's.
    /// </summary>
    public static XmlReader Create(Stream stream, XmlNameTable? nameTable = null, XmlParserContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (input, lines, column) = XmlLeadIn.Skip(stream);
        var settings = CreateSettings(nameTable);
        settings.LineNumberOffset = lines;
        settings.LinePositionOffset = column;
        return context is null ? XmlReader.Create(input, settings) : XmlReader.Create(input, settings, context);
    }

    /// <summary>The 1-based line and position the reader is at, or (0, 0) when it does not track lines.</summary>
    public static (int Line, int Position) LocationOf(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
}

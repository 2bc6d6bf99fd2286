using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;

namespace CrampSignals.Reports.Json;

/// <summary>Renders JSON to a string the one way every report does: UTF-8, "°C" written as it is, not as a \u escape.</summary>
internal static class JsonText
{
    public static JsonWriterOptions Options(bool indented) => new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options(indented)))
            write(writer);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}

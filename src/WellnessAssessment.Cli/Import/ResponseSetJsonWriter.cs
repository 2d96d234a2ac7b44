using System.Text.Encodings.Web;
using System.Text.Json;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Cli.Import;

/// <summary>
/// Writes a response set one response at a time, so an import never holds every response in memory. The bytes are
/// those of <see cref="WellnessJson.Serialize{T}(Stream, T, bool)"/> with <c>indented: true</c> (tested), because each part
/// is written with the core's own serialization metadata.
/// </summary>
internal sealed class ResponseSetJsonWriter : IDisposable
{
    // The core's writer settings for files a person reads.
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, IndentSize = 2 };

    private readonly Utf8JsonWriter _writer;

    public ResponseSetJsonWriter(Stream utf8Json, InstrumentReference instrument, AgencyInfo? agency)
    {
        _writer = new Utf8JsonWriter(utf8Json, Indented);
        _writer.WriteStartObject();
        _writer.WritePropertyName("instrument");
        JsonSerializer.Serialize(_writer, instrument, WellnessJson.TypeInfo<InstrumentReference>(indented: true));
        _writer.WritePropertyName("agency");
        if (agency is null)
        {
            _writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(_writer, agency, WellnessJson.TypeInfo<AgencyInfo>(indented: true));
        }

        _writer.WritePropertyName("responses");
        _writer.WriteStartArray();
    }

    public int Count { get; private set; }

    public void Write(Response response)
    {
        JsonSerializer.Serialize(_writer, response, WellnessJson.TypeInfo<Response>(indented: true));
        Count++;
        if (_writer.BytesPending > 64 * 1024)
        {
            _writer.Flush();
        }
    }

    /// <summary>Closes the array and the object and flushes; the set is complete only after this.</summary>
    public void Complete()
    {
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Serialization;

/// <summary>
/// Reads and writes the wire formats of the contract: instruments, response sets and results, camelCase, nulls
/// written, never <c>NaN</c>. Reading never throws a <see cref="JsonException"/>: malformed JSON becomes an
/// <see cref="AssessmentValidationException"/> whose error names the JSON path, line and position. Reading checks
/// structure only; <see cref="AssessmentScorer"/> and <see cref="InstrumentLoader"/> validate content.
/// </summary>
public static class WellnessJson
{
    // Readable UTF-8 ("officer–community", "Añasco") instead of \uXXXX escapes; the JSON is never embedded in HTML.
    private static readonly System.Text.Encodings.Web.JavaScriptEncoder Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonWriterOptions CompactWriterOptions = new() { Encoder = Encoder, SkipValidation = true };

    private static readonly JsonWriterOptions IndentedWriterOptions = new() { Encoder = Encoder, Indented = true, IndentSize = 2, SkipValidation = true };

    /// <summary>The generated context bound to options it is compatible with, so that writing takes its fast path.</summary>
    private static readonly WellnessJsonContext WriteContext = new(new JsonSerializerOptions(WellnessJsonContext.Default.Options));

    /// <summary>
    /// Compact options: the API's wire format. Its <see cref="JsonSerializerOptions.TypeInfoResolver"/> is the one public
    /// door to the library's source-generated metadata: a host chains it into its own options (for example ASP.NET Core's
    /// <c>TypeInfoResolverChain</c>) to serialize the library's types exactly as <see cref="WellnessJson"/> does.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: false);

    /// <summary>Indented options: files a person reads.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(indented: true);

    /// <summary>Reads a response set from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON stream; left open.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or does not have the response-set shape.</exception>
    public static ResponseSet ReadResponseSet(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        if (utf8Json is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            var set = ReadResponseSet(segment.AsSpan((int)memory.Position));
            memory.Position = memory.Length;
            return set;
        }

        var buffer = ResponseSetReader.Rent(utf8Json, out var length);
        try
        {
            return ReadResponseSet(buffer.AsSpan(0, length));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a response set from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or does not have the response-set shape.</exception>
    public static ResponseSet ReadResponseSet(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ResponseSetReader.TryRead(System.Text.Encoding.UTF8.GetBytes(json)) ?? Read(json, TypeInfo<ResponseSet>(), "response set");
    }

    /// <summary>Reads a response set asynchronously from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON stream; left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or does not have the response-set shape.</exception>
    public static async ValueTask<ResponseSet> ReadResponseSetAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var (buffer, length) = await ResponseSetReader.RentAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        try
        {
            return ReadResponseSet(buffer.AsSpan(0, length));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a response set from UTF-8 JSON bytes; the fast path for the common shape, the serializer for the rest and for every error.</summary>
    private static ResponseSet ReadResponseSet(ReadOnlySpan<byte> utf8Json)
    {
        utf8Json = ResponseSetReader.WithoutBom(utf8Json);
        if (ResponseSetReader.TryRead(utf8Json) is { } set)
        {
            return set;
        }

        try
        {
            return JsonSerializer.Deserialize(utf8Json, TypeInfo<ResponseSet>()) ?? throw Empty("response set");
        }
        catch (JsonException exception)
        {
            throw FromJsonException(exception, "response set");
        }
        catch (InvalidOperationException exception) when (exception.InnerException is System.Text.DecoderFallbackException)
        {
            throw NotUtf8("response set");
        }
    }

    /// <summary>Reads one respondent's response (<c>respondentId</c>, <c>group</c>, <c>answers</c>) from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or does not have the response shape.</exception>
    public static Response ReadResponse(string json) => Read(json, TypeInfo<Response>(), "response");

    /// <summary>Reads one respondent's response from UTF-8 JSON asynchronously.</summary>
    /// <param name="utf8Json">The JSON stream; left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or does not have the response shape.</exception>
    public static ValueTask<Response> ReadResponseAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        ReadAsync(utf8Json, TypeInfo<Response>(), "response", cancellationToken);

    /// <summary>Reads a scoring result (for example an earlier assessment to compare with) from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON stream; left open.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or does not have the result shape.</exception>
    public static AssessmentResult ReadResult(Stream utf8Json) => Read(utf8Json, TypeInfo<AssessmentResult>(), "result");

    /// <summary>Reads a scoring result from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or does not have the result shape.</exception>
    public static AssessmentResult ReadResult(string json) => Read(json, TypeInfo<AssessmentResult>(), "result");

    /// <summary>Reads and checks peer norms (<c>wellness benchmark build</c> output) from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON stream; left open.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed, or the norms are not of the current format or are inconsistent (paths name the field).</exception>
    public static Norms.PeerNorms ReadNorms(Stream utf8Json) => Norms.PeerNormsValidator.ThrowIfInvalid(Read(utf8Json, TypeInfo<Norms.PeerNorms>(), "norms"));

    /// <summary>Reads and checks peer norms from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed, or the norms are not of the current format or are inconsistent.</exception>
    public static Norms.PeerNorms ReadNorms(string json) => Norms.PeerNormsValidator.ThrowIfInvalid(Read(json, TypeInfo<Norms.PeerNorms>(), "norms"));

    /// <summary>Reads headcounts without checking them against an instrument; <see cref="Participation.HeadcountsValidation.Validate"/> does.</summary>
    /// <param name="utf8Json">The JSON stream, for example <c>{"total": 120, "groups": {"line": 80}}</c>; left open.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or does not have the headcounts shape.</exception>
    public static Participation.Headcounts ReadHeadcounts(Stream utf8Json) => Read(utf8Json, TypeInfo<Participation.Headcounts>(), "headcounts");

    /// <summary>Reads an instrument without validating it; <see cref="InstrumentLoader"/> reads and validates.</summary>
    /// <param name="utf8Json">The JSON stream; left open.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or does not have the instrument shape.</exception>
    internal static Instrument ReadInstrumentUnvalidated(Stream utf8Json) => Read(utf8Json, TypeInfo<Instrument>(), "instrument");

    /// <summary>Reads a crosswalk between two instrument versions; <see cref="InstrumentCatalog"/> checks it against both instruments.</summary>
    /// <param name="utf8Json">The JSON stream; left open.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or does not have the crosswalk shape.</exception>
    public static InstrumentCrosswalk ReadCrosswalk(Stream utf8Json) => Read(utf8Json, TypeInfo<InstrumentCrosswalk>(), "crosswalk");

    /// <summary>Reads an action register from UTF-8 JSON without validating it; <see cref="Register.ActionRegister.Validate"/> checks it.</summary>
    /// <param name="utf8Json">The JSON stream; left open.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or does not have the register shape.</exception>
    public static Register.ActionRegister ReadRegister(Stream utf8Json) => Read(utf8Json, TypeInfo<Register.ActionRegister>(), "action register");

    /// <summary>Reads an action register from a JSON string without validating it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="AssessmentValidationException">The JSON is malformed or does not have the register shape.</exception>
    public static Register.ActionRegister ReadRegister(string json) => Read(json, TypeInfo<Register.ActionRegister>(), "action register");

    /// <summary>Writes a value of one of the contract's types as JSON.</summary>
    /// <typeparam name="T">An instrument, response set, response, result or options type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent.</param>
    public static string Serialize<T>(T value, bool indented = false)
    {
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedWriterOptions : CompactWriterOptions))
        {
            Write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a value of one of the contract's types as UTF-8 JSON to a stream.</summary>
    /// <typeparam name="T">An instrument, response set, response, result or options type.</typeparam>
    /// <param name="utf8Json">The destination; left open.</param>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void Serialize<T>(Stream utf8Json, T value, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, indented ? IndentedWriterOptions : CompactWriterOptions);
        Write(writer, value);
    }

    /// <summary>
    /// Writes a value with the source generator's fast path (the generated context used with options it was generated
    /// for). The writer, not the serializer, carries the relaxed encoder and the indentation, so the bytes are those of
    /// <see cref="Options"/> and <see cref="IndentedOptions"/>. (A hand-written result writer was measured at 0.95× the
    /// serializer's time on a 2.0.0 result, not the 2× that would justify it, and was removed.)
    /// </summary>
    private static void Write<T>(Utf8JsonWriter writer, T value)
    {
        if (WriteContext.GetTypeInfo(typeof(T)) is JsonTypeInfo<T> typeInfo)
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }
        else
        {
            JsonSerializer.Serialize(writer, value, TypeInfo<T>());
        }
    }

    /// <summary>The serialization metadata for <typeparamref name="T"/> under <see cref="Options"/> or <see cref="IndentedOptions"/>.</summary>
    /// <typeparam name="T">One of the contract's types.</typeparam>
    /// <param name="indented">Whether to indent when writing.</param>
    public static JsonTypeInfo<T> TypeInfo<T>(bool indented = false) =>
        (JsonTypeInfo<T>)(indented ? IndentedOptions : Options).GetTypeInfo(typeof(T));

    internal static T Read<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, string subject)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            return JsonSerializer.Deserialize(utf8Json, typeInfo) ?? throw Empty(subject);
        }
        catch (JsonException exception)
        {
            throw FromJsonException(exception, subject);
        }
        catch (InvalidOperationException exception) when (exception.InnerException is System.Text.DecoderFallbackException)
        {
            throw NotUtf8(subject);
        }
    }

    internal static T Read<T>(string json, JsonTypeInfo<T> typeInfo, string subject)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo) ?? throw Empty(subject);
        }
        catch (JsonException exception)
        {
            throw FromJsonException(exception, subject);
        }
        catch (InvalidOperationException exception) when (exception.InnerException is System.Text.DecoderFallbackException)
        {
            throw NotUtf8(subject);
        }
    }

    internal static async ValueTask<T> ReadAsync<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, string subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            return await JsonSerializer.DeserializeAsync(utf8Json, typeInfo, cancellationToken).ConfigureAwait(false) ?? throw Empty(subject);
        }
        catch (JsonException exception)
        {
            throw FromJsonException(exception, subject);
        }
        catch (InvalidOperationException exception) when (exception.InnerException is System.Text.DecoderFallbackException)
        {
            throw NotUtf8(subject);
        }
    }

    private static AssessmentValidationException NotUtf8(string subject) =>
        new(subject, [new ValidationError(string.Empty, JsonErrorDescriber.NotUtf8)]);


    private static AssessmentValidationException Empty(string subject) =>
        new(subject, [new ValidationError(string.Empty, $"the JSON is null; expected a {subject} object")]);

    /// <summary>
    /// Turns a System.Text.Json error into the library's located validation error (path, line, position, and words a
    /// person understands), for hosts that deserialize the contract's types themselves.
    /// </summary>
    /// <param name="exception">The error System.Text.Json threw.</param>
    /// <param name="subject">What was being read, for example <c>request body</c>.</param>
    public static AssessmentValidationException FromJsonException(JsonException exception, string subject)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var path = exception.Path is { Length: > 0 } jsonPath ? JsonPaths.FromSystemTextJson(jsonPath) : string.Empty;
        var where = exception.LineNumber is { } line
            ? $" (line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1})"
            : string.Empty;
        var reason = JsonErrorDescriber.Describe(exception);
        return new AssessmentValidationException(subject, [new ValidationError(path, reason + where)]);
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(WellnessJsonContext.Default.Options)
        {
            WriteIndented = indented,
            IndentSize = 2,

            Encoder = Encoder,
            TypeInfoResolver = WellnessJsonContext.Default.WithAddedModifier(RelaxRequiredMembers),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Required members must be set when C# code builds a value, but a missing member in JSON is left for the validators,
    /// which report every missing field at once with its path instead of stopping at the first.
    /// </summary>
    private static void RelaxRequiredMembers(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            property.IsRequired = false;
        }
    }
}

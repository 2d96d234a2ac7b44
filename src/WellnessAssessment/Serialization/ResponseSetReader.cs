using System.Buffers;
using System.Text;
using System.Text.Json;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Serialization;

/// <summary>
/// A hand-written <see cref="Utf8JsonReader"/> loop for the common shape of a response set: the three known properties
/// (and each response's three) in their exact spelling and in any order, strings where strings belong, no duplicates;
/// the <c>agency</c> block, profile included, is handed to the serializer. It returns <see langword="null"/> at anything
/// else, and the caller then reads the same bytes with the source-generated serializer, which gives the contract's
/// exact result or located error. Answer keys and groups repeat from one respondent to the next, so each is compared
/// with the previous respondent's in the same position and shared instead of allocated again.
/// </summary>
/// <remarks>
/// Hand-written because the serializer's generic dictionary path allocates a key string per answer and grows a
/// dictionary per respondent; this loop reads a large response set in about the time of <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>.
/// </remarks>
internal ref struct ResponseSetReader
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private Utf8JsonReader _reader;
    private KeyCache _groups;
    private readonly AnswerKeys _keys;
    private int[] _positionBuffer;
    private Answer[] _answerBuffer;
    private int[] _codeBuffer;

    private ResponseSetReader(ReadOnlySpan<byte> utf8Json)
    {
        _reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        _groups = new KeyCache(16);
        _keys = new AnswerKeys();
        _positionBuffer = new int[64];
        _answerBuffer = new Answer[64];
        _codeBuffer = new int[64];
    }

    /// <summary>Reads a response set, or returns <see langword="null"/> when the bytes need the serializer.</summary>
    public static ResponseSet? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return new ResponseSetReader(utf8Json).ReadSet();
        }
        catch (JsonException)
        {
            // Malformed JSON: the serializer reports it with its path, line and position.
            return null;
        }
        catch (InvalidOperationException)
        {
            // A string that is not valid UTF-8: the serializer reports it.
            return null;
        }
    }

    private ResponseSet? ReadSet()
    {
        if (!_reader.Read() || _reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        InstrumentReference? instrument = null;
        AgencyInfo? agency = null;
        List<Response>? responses = null;
        bool seenInstrument = false, seenAgency = false, seenResponses = false;
        while (Read() == JsonTokenType.PropertyName)
        {
            if (Is("instrument"u8) && !seenInstrument)
            {
                seenInstrument = true;
                if (Read() != JsonTokenType.StartObject || ReadPair("id"u8, "version"u8) is not (string id, string version))
                {
                    return null;
                }

                instrument = new InstrumentReference(id, version);
            }
            else if (Is("agency"u8) && !seenAgency)
            {
                seenAgency = true;

                // A small block read once per set: the serializer reads it (profile and all, in any order) with the
                // contract's own metadata, so the fast path and the slow path cannot disagree about it.
                _reader.Read();
                agency = JsonSerializer.Deserialize(ref _reader, WellnessJson.TypeInfo<AgencyInfo>());
            }
            else if (Is("responses"u8) && !seenResponses)
            {
                seenResponses = true;
                responses = ReadResponses();
                if (responses is null)
                {
                    return null;
                }
            }
            else
            {
                return null;
            }
        }

        if (_reader.TokenType != JsonTokenType.EndObject || instrument is null || responses is null || _reader.Read())
        {
            return null;
        }

        return new ResponseSet { Instrument = instrument, Agency = agency, Responses = responses };
    }

    private List<Response>? ReadResponses()
    {
        if (Read() != JsonTokenType.StartArray)
        {
            return null;
        }

        var responses = new List<Response>();
        while (Read() == JsonTokenType.StartObject)
        {
            string? respondentId = null, group = null;
            AnswerMap? answers = null;
            while (Read() == JsonTokenType.PropertyName)
            {
                if (Is("respondentId"u8) && respondentId is null)
                {
                    if (Read() != JsonTokenType.String)
                    {
                        return null;
                    }

                    respondentId = _reader.GetString();
                }
                else if (Is("group"u8) && group is null)
                {
                    if (Read() != JsonTokenType.String)
                    {
                        return null;
                    }

                    group = _groups.Get(ref _reader, 0);
                    _groups.Rotate();
                }
                else if (Is("answers"u8) && answers is null)
                {
                    answers = ReadAnswers();
                    if (answers is null)
                    {
                        return null;
                    }
                }
                else
                {
                    return null;
                }
            }

            if (respondentId is null || group is null || answers is null)
            {
                return null;
            }

            responses.Add(new Response { RespondentId = respondentId, Group = group, Answers = answers });
        }

        return _reader.TokenType == JsonTokenType.EndArray ? responses : null;
    }

    /// <summary>
    /// Reads an answers object. Each key is first compared, byte for byte, with the key after the previous one in the
    /// set's key list, then with the next few (skipped items), and only then decoded and looked up.
    /// </summary>
    private AnswerMap? ReadAnswers()
    {
        if (Read() != JsonTokenType.StartObject)
        {
            return null;
        }

        var count = 0;
        var expected = 0;
        var increasing = true;
        var coded = true;
        while (Read() == JsonTokenType.PropertyName)
        {
            if (count == _positionBuffer.Length)
            {
                Array.Resize(ref _positionBuffer, count * 2);
                Array.Resize(ref _answerBuffer, count * 2);
                Array.Resize(ref _codeBuffer, count * 2);
            }

            var position = FindKey(expected);
            increasing &= count == 0 || position > _positionBuffer[count - 1];
            _positionBuffer[count] = position;
            expected = position + 1;
            _reader.Read();
            var answer = AnswerJsonConverter.ReadAnswer(ref _reader);
            coded &= AnswerMap.TryGetCode(answer, out _codeBuffer[count]);
            _answerBuffer[count++] = answer;
        }

        if (!increasing && HasDuplicate(_positionBuffer.AsSpan(0, count)))
        {
            // A key given twice: the serializer reports it.
            return null;
        }

        if (increasing && coded)
        {
            // Dense: one code per key position up to the last one answered.
            var codes = new int[count == 0 ? 0 : _positionBuffer[count - 1] + 1];
            Array.Fill(codes, AnswerCodes.Unanswered);
            for (var k = 0; k < count; k++)
            {
                codes[_positionBuffer[k]] = _codeBuffer[k];
            }

            return AnswerMap.Dense(_keys, count, codes);
        }

        return AnswerMap.Sparse(_keys, _positionBuffer.AsSpan(0, count).ToArray(), _answerBuffer.AsSpan(0, count).ToArray());
    }

    private readonly int FindKey(int expected)
    {
        if (!_reader.ValueIsEscaped && !_reader.HasValueSequence)
        {
            var utf8 = _reader.ValueSpan;
            for (var position = expected; position < expected + 4; position++)
            {
                if (_keys.Matches(position, utf8))
                {
                    return position;
                }
            }
        }

        return _keys.PositionOf(_reader.GetString()!);
    }

    private static bool HasDuplicate(ReadOnlySpan<int> positions)
    {
        var seen = new HashSet<int>(positions.Length);
        foreach (var position in positions)
        {
            if (!seen.Add(position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads an object of two string properties; <see langword="null"/> for either when the object has anything else.</summary>
    private (string? First, string? Second) ReadPair(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        string? a = null, b = null;
        while (Read() == JsonTokenType.PropertyName)
        {
            var isFirst = Is(first) && a is null;
            var isSecond = !isFirst && Is(second) && b is null;
            if ((!isFirst && !isSecond) || Read() != JsonTokenType.String)
            {
                return (null, null);
            }

            if (isFirst)
            {
                a = _reader.GetString();
            }
            else
            {
                b = _reader.GetString();
            }
        }

        return (a, b);
    }

    private JsonTokenType Read() => _reader.Read() ? _reader.TokenType : JsonTokenType.None;

    private readonly bool Is(ReadOnlySpan<byte> name) => !_reader.ValueIsEscaped && !_reader.HasValueSequence && _reader.ValueSpan.SequenceEqual(name);

    /// <summary>The strings of the previous object by position, and their UTF-8 bytes, to share equal strings.</summary>
    private struct KeyCache(int capacity)
    {
        private string[] _previous = new string[capacity];
        private byte[][] _previousUtf8 = new byte[capacity][];
        private string[] _current = new string[capacity];
        private byte[][] _currentUtf8 = new byte[capacity][];
        private int _count;

        public int PreviousCount { get; private set; }

        public string Get(ref Utf8JsonReader reader, int position)
        {
            if (position < PreviousCount && !reader.ValueIsEscaped && !reader.HasValueSequence
                && reader.ValueSpan.SequenceEqual(_previousUtf8[position]))
            {
                Remember(position, _previous[position], _previousUtf8[position]);
                return _previous[position];
            }

            var text = reader.GetString()!;
            Remember(position, text, Encoding.UTF8.GetBytes(text));
            return text;
        }

        public void Rotate()
        {
            (_previous, _current) = (_current, _previous);
            (_previousUtf8, _currentUtf8) = (_currentUtf8, _previousUtf8);
            PreviousCount = _count;
            _count = 0;
        }

        private void Remember(int position, string text, byte[] utf8)
        {
            if (position >= _current.Length)
            {
                Array.Resize(ref _current, position * 2);
                Array.Resize(ref _currentUtf8, position * 2);
                Array.Resize(ref _previous, position * 2);
                Array.Resize(ref _previousUtf8, position * 2);
            }

            _current[position] = text;
            _currentUtf8[position] = utf8;
            _count = position + 1;
        }
    }

    /// <summary>Reads a whole stream into a pooled buffer (skipping a UTF-8 byte order mark), as the serializer would.</summary>
    public static byte[] Rent(Stream stream, out int length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position + 1, 256, int.MaxValue - 64) : 64 * 1024);
        length = 0;
        int read;
        while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                buffer = Grow(buffer, length);
            }
        }

        return buffer;
    }

    /// <summary>As <see cref="Rent(Stream, out int)"/>, asynchronously.</summary>
    public static async ValueTask<(byte[] Buffer, int Length)> RentAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position + 1, 256, int.MaxValue - 64) : 64 * 1024);
        var length = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                buffer = Grow(buffer, length);
            }
        }

        return (buffer, length);
    }

    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8Json[3..] : utf8Json;

    private static byte[] Grow(byte[] buffer, int length)
    {
        var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}

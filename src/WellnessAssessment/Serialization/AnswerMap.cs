using System.Collections;
using System.Diagnostics.CodeAnalysis;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Serialization;

/// <summary>
/// The answers of one response as read by <see cref="ResponseSetReader"/>, keyed by positions in an
/// <see cref="AnswerKeys"/> list shared by every response of the set, so that no key string is allocated per
/// respondent. Usually dense: <see cref="DenseCodes"/> holds one <see cref="AnswerCodes"/> value per key position
/// (<see cref="AnswerCodes.Unanswered"/> where the respondent gave none), four bytes an answer. Answers in another key
/// order, or with an unrecognized value, are kept as positions and <see cref="Answer"/> values. Read-only; enumerates
/// in the order of the JSON.
/// </summary>
internal sealed class AnswerMap : IReadOnlyDictionary<string, Answer>
{
    private readonly int[]? _positions;
    private readonly Answer[]? _values;

    private AnswerMap(AnswerKeys keys, int count, int[]? denseCodes, int[]? positions, Answer[]? values)
    {
        KeyList = keys;
        Count = count;
        DenseCodes = denseCodes;
        _positions = positions;
        _values = values;
    }

    public AnswerKeys KeyList { get; }

    /// <summary>The code of the answer to each key position, or <see langword="null"/> when the map is not dense.</summary>
    public int[]? DenseCodes { get; }

    public int Count { get; }

    public IEnumerable<string> Keys => Entries().Select(entry => KeyList.Keys[entry.Position]);

    public IEnumerable<Answer> Values => Entries().Select(entry => entry.Value);

    public Answer this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No answer to '{key}'.");

    /// <summary>A dense map: <paramref name="codes"/> by key position, <paramref name="count"/> of them answered.</summary>
    public static AnswerMap Dense(AnswerKeys keys, int count, int[] codes) => new(keys, count, codes, null, null);

    /// <summary>A map of answers in JSON order, with the key position of each.</summary>
    public static AnswerMap Sparse(AnswerKeys keys, int[] positions, Answer[] values) => new(keys, values.Length, null, positions, values);

    /// <summary>The code of an answer, or <see langword="false"/> when it has none (unrecognized, or a level that collides with a code).</summary>
    public static bool TryGetCode(Answer answer, out int code)
    {
        code = answer.Kind switch
        {
            AnswerKind.Level => answer.Value,
            AnswerKind.DontKnow => AnswerCodes.DontKnow,
            AnswerKind.NotApplicable => AnswerCodes.NotApplicable,
            _ => AnswerCodes.Unanswered,
        };
        return answer.Kind != AnswerKind.Unrecognized && (answer.Kind != AnswerKind.Level || AnswerCodes.IsNumeric(code));
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Answer value)
    {
        if (KeyList.Index.TryGetValue(key, out var position))
        {
            if (DenseCodes is { } codes)
            {
                if (position < codes.Length && codes[position] != AnswerCodes.Unanswered)
                {
                    value = FromCode(codes[position]);
                    return true;
                }
            }
            else if (Array.IndexOf(_positions!, position) is var k and >= 0)
            {
                value = _values![k];
                return true;
            }
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, Answer>> GetEnumerator()
    {
        foreach (var (position, value) in Entries())
        {
            yield return new KeyValuePair<string, Answer>(KeyList.Keys[position], value);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<(int Position, Answer Value)> Entries()
    {
        if (DenseCodes is { } codes)
        {
            for (var position = 0; position < codes.Length; position++)
            {
                if (codes[position] != AnswerCodes.Unanswered)
                {
                    yield return (position, FromCode(codes[position]));
                }
            }
        }
        else
        {
            for (var k = 0; k < _values!.Length; k++)
            {
                yield return (_positions![k], _values[k]);
            }
        }
    }

    private static Answer FromCode(int code) => code switch
    {
        AnswerCodes.DontKnow => Answer.DontKnow,
        AnswerCodes.NotApplicable => Answer.NotApplicable,
        _ => Answer.Level(code),
    };
}

/// <summary>
/// The distinct answer keys of one response set in first-seen order, with their UTF-8 bytes and an index. Only the
/// reader that creates it adds keys, and only while it reads; afterwards it is read-only.
/// </summary>
internal sealed class AnswerKeys
{
    private string[] _keys = new string[64];
    private byte[][] _utf8 = new byte[64][];

    public string[] Keys => _keys;

    public Dictionary<string, int> Index { get; } = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>Whether the unescaped UTF-8 key at <paramref name="position"/> is <paramref name="utf8"/>.</summary>
    public bool Matches(int position, ReadOnlySpan<byte> utf8) => position < Count && utf8.SequenceEqual(_utf8[position]);

    /// <summary>The position of <paramref name="key"/>, added at the end when new.</summary>
    public int PositionOf(string key)
    {
        if (Index.TryGetValue(key, out var position))
        {
            return position;
        }

        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _utf8, Count * 2);
        }

        _keys[Count] = key;
        _utf8[Count] = System.Text.Encoding.UTF8.GetBytes(key);
        Index.Add(key, Count);
        return Count++;
    }
}

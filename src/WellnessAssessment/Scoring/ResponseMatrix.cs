using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Scoring;

/// <summary>
/// A response set encoded as a respondents × items matrix of answer codes (<see cref="AnswerCodes"/>) and a group
/// index per respondent: the input of <see cref="ScoringRun"/>.
/// </summary>
internal sealed class ResponseMatrix
{
    private ResponseMatrix(int respondents, int items)
    {
        Respondents = respondents;
        Codes = new int[respondents * items];
        RespondentGroup = new int[respondents];
        Array.Fill(Codes, AnswerCodes.Unanswered);
    }

    public int Respondents { get; }

    /// <summary>The answer code of respondent r and column c (an item, then the outcome items) at <c>r * columns + c</c>.</summary>
    public int[] Codes { get; }

    public int[] RespondentGroup { get; }

    /// <summary>
    /// Checks and encodes in one pass. Returns <see langword="null"/> at the first answer or field the validators could
    /// object to; the caller then runs the validators for the located error list. The checks are those of
    /// <see cref="ResponseSetValidator"/>, written out by hand because this is the per-respondent hot loop.
    /// </summary>
    public static ResponseMatrix? TryEncode(CompiledInstrument compiled, ResponseSet set)
    {
        var instrument = compiled.Instrument;
        if (set.Instrument is not { } reference
            || !string.Equals(reference.Id, instrument.Id, StringComparison.Ordinal)
            || !string.Equals(reference.Version, instrument.Version, StringComparison.Ordinal)
            || (set.Agency is { } agency && (string.IsNullOrWhiteSpace(agency.Id) || string.IsNullOrWhiteSpace(agency.Name) || !IsPlausible(agency.Profile)))
            || set.Responses is not { } responses)
        {
            return null;
        }

        var items = compiled.Items;
        var columns = compiled.Columns;
        var matrix = new ResponseMatrix(responses.Count, columns);
        var respondentIds = new HashSet<string>(responses.Count, StringComparer.Ordinal);
        AnswerKeys? keys = null;
        int[] keyItems = [];
        for (var r = 0; r < responses.Count; r++)
        {
            var response = responses[r];
            if (response is null
                || string.IsNullOrWhiteSpace(response.RespondentId)
                || response.RespondentId.Length > Identifiers.MaxLength
                || !Identifiers.IsOpaqueRespondentId(response.RespondentId)
                || !respondentIds.Add(response.RespondentId)
                || string.IsNullOrWhiteSpace(response.Group)
                || !compiled.GroupIndex.TryGetValue(response.Group, out var group)
                || response.Answers is null)
            {
                return null;
            }

            matrix.RespondentGroup[r] = group;
            var row = matrix.Codes.AsSpan(r * columns, columns);
            bool ok;
            if (response.Answers is AnswerMap map)
            {
                if (!ReferenceEquals(map.KeyList, keys) || keyItems.Length != map.KeyList.Count)
                {
                    keys = map.KeyList;
                    keyItems = ItemIndices(compiled, map.KeyList);
                }

                ok = EncodeRow(compiled, keyItems, map, row);
            }
            else
            {
                ok = response.Answers is Dictionary<string, Answer> dictionary
                    ? EncodeRow(compiled, dictionary, row)
                    : EncodeRow(compiled, response.Answers, row);
            }
            if (!ok)
            {
                return null;
            }
        }

        return matrix;
    }

    /// <summary>Encodes a response set that the validators have accepted.</summary>
    public static ResponseMatrix Encode(CompiledInstrument compiled, ResponseSet set)
    {
        var itemCount = compiled.Columns;
        var matrix = new ResponseMatrix(set.Responses.Count, itemCount);
        for (var r = 0; r < set.Responses.Count; r++)
        {
            var response = set.Responses[r];
            matrix.RespondentGroup[r] = compiled.GroupIndex[response.Group];
            var row = r * itemCount;
            foreach (var (itemId, answer) in response.Answers)
            {
                matrix.Codes[row + compiled.ItemIndex[itemId]] = Code(answer);
            }
        }

        return matrix;
    }

    /// <summary>The item index of each key of a set's key list; -1 for a key that is not an item.</summary>
    private static int[] ItemIndices(CompiledInstrument compiled, AnswerKeys keys)
    {
        var indices = new int[keys.Count];
        for (var k = 0; k < indices.Length; k++)
        {
            indices[k] = compiled.ItemIndex.TryGetValue(keys.Keys[k], out var index) ? index : -1;
        }

        return indices;
    }

    private static bool EncodeRow(CompiledInstrument compiled, int[] keyItems, AnswerMap map, Span<int> row)
    {
        if (map.DenseCodes is not { } codes)
        {
            // Answers in another order, or an unrecognized answer: the general path.
            return EncodeRow(compiled, (IReadOnlyDictionary<string, Answer>)map, row);
        }

        var allowsNotApplicable = compiled.AllowsNotApplicable;
        var minimum = compiled.ColumnMin;
        var maximum = compiled.ColumnMax;
        for (var position = 0; position < codes.Length; position++)
        {
            var code = codes[position];
            if (code == AnswerCodes.Unanswered)
            {
                continue;
            }

            var index = keyItems[position];
            if (index < 0
                || (AnswerCodes.IsNumeric(code) && (code < minimum[index] || code > maximum[index]))
                || (code == AnswerCodes.NotApplicable && !allowsNotApplicable[index]))
            {
                return false;
            }

            row[index] = code;
        }

        return true;
    }

    // Two copies of the loop so that the common Dictionary is enumerated without boxing its enumerator.
    // Profile values outside their enums can arrive as numbers in JSON; the validators name them with their paths.
    private static bool IsPlausible(AgencyProfile? profile) =>
        profile is null
        || ((profile.Size is null || Enum.IsDefined(profile.Size.Value))
            && (profile.Dispatch is null || Enum.IsDefined(profile.Dispatch.Value))
            && (profile.EmployeeAssistance is null || Enum.IsDefined(profile.EmployeeAssistance.Value)));

    private static bool EncodeRow(CompiledInstrument compiled, Dictionary<string, Answer> answers, Span<int> row)
    {
        var next = 0;
        foreach (var (itemId, answer) in answers)
        {
            if (!TryEncodeAnswer(compiled, itemId, answer, row, ref next))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EncodeRow(CompiledInstrument compiled, IReadOnlyDictionary<string, Answer> answers, Span<int> row)
    {
        var next = 0;
        foreach (var (itemId, answer) in answers)
        {
            if (!TryEncodeAnswer(compiled, itemId, answer, row, ref next))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryEncodeAnswer(CompiledInstrument compiled, string itemId, Answer answer, Span<int> row, ref int next)
    {
        // Answers usually come in instrument order: try the item after the previous one before hashing.
        var items = compiled.Items;
        int index;
        if (next < items.Length && string.Equals(items[next].Id, itemId, StringComparison.Ordinal))
        {
            index = next;
        }
        else if (itemId is null || !compiled.ItemIndex.TryGetValue(itemId, out index))
        {
            return false;
        }

        next = index + 1;
        return TryEncode(compiled, answer, index, row);
    }

    private static bool TryEncode(CompiledInstrument compiled, Answer answer, int index, Span<int> row)
    {
        switch (answer.Kind)
        {
            case AnswerKind.Level when answer.Value >= compiled.ColumnMin[index] && answer.Value <= compiled.ColumnMax[index]:
                row[index] = answer.Value;
                return true;
            case AnswerKind.DontKnow:
                row[index] = AnswerCodes.DontKnow;
                return true;
            case AnswerKind.NotApplicable when compiled.AllowsNotApplicable[index]:
                row[index] = AnswerCodes.NotApplicable;
                return true;
            default:
                return false;
        }
    }

    private static int Code(Answer answer) => answer.Kind switch
    {
        AnswerKind.Level => answer.Value,
        AnswerKind.DontKnow => AnswerCodes.DontKnow,
        AnswerKind.NotApplicable => AnswerCodes.NotApplicable,
        _ => throw new InvalidOperationException("Unvalidated answer reached scoring."),
    };
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Serialization;

/// <summary>
/// Writes an <see cref="AssessmentResult"/> with <see cref="Utf8JsonWriter"/> calls, property by property, in the order
/// and spelling of the source-generated metadata. Hand-written because a result holds thousands of nullable numbers
/// and the generated fast path sends each one through a nested serializer call (about four times slower).
/// <see cref="IsComplete"/> checks, once, that every type it writes still has exactly the properties written here;
/// when a property is added to a result type and not here, <see cref="WellnessJson"/> uses the serializer instead, so
/// the bytes stay right (and a test fails until this writer is updated).
/// </summary>
internal static class ResultJsonWriter
{
    private const int FlushThreshold = 16 * 1024;

    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");
    private static readonly JsonEncodedText BandName = JsonEncodedText.Encode("band");
    private static readonly JsonEncodedText N = JsonEncodedText.Encode("n");
    private static readonly JsonEncodedText Sd = JsonEncodedText.Encode("sd");
    private static readonly JsonEncodedText Groups = JsonEncodedText.Encode("groups");
    private static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
    private static readonly JsonEncodedText Domains = JsonEncodedText.Encode("domains");
    private static readonly JsonEncodedText Sections = JsonEncodedText.Encode("sections");
    private static readonly JsonEncodedText Overall = JsonEncodedText.Encode("overall");
    private static readonly JsonEncodedText DontKnowRate = JsonEncodedText.Encode("dontKnowRate");

    private static readonly JsonEncodedText[] BandNames = EnumNames(WellnessJsonContext.Default.Band);
    private static readonly JsonEncodedText[] PurposeNames = EnumNames(WellnessJsonContext.Default.ReleasePurpose);
    private static readonly JsonEncodedText[] SuppressionNames = EnumNames(WellnessJsonContext.Default.SuppressionReason);
    private static readonly JsonEncodedText[] GapStatusNames = EnumNames(WellnessJsonContext.Default.PerceptionGapStatus);
    private static readonly JsonEncodedText[] ReasonNames = EnumNames(WellnessJsonContext.Default.ActionReason);

    /// <summary>The property names, in order, this writer writes for each type.</summary>
    private static readonly (Type Type, string[] Names)[] Shapes =
    [
        (typeof(AssessmentResult), ["instrument", "agency", "respondents", "disclosure", "options", "overall", "sections", "singleView", "firstSteps", "actionPlan", "keepItGoing", "strengths", "trend", "peerComparison", "participation"]),
        (typeof(InstrumentReference), ["id", "version"]),
        (typeof(AgencyInfo), ["id", "name", "profile"]),
        (typeof(ScoringOptions), ["minimumCoverage", "purpose", "minimumGroupSize", "gapThreshold", "bandEdges", "actionScoreThreshold", "awarenessGapThreshold", "strengthThreshold", "lowConsensusThreshold", "minimumAlphaRespondents"]),
        (typeof(BandEdges), ["emerging", "developing", "established", "leading"]),
        (typeof(ScoreAndBand), ["score", "band"]),
        (typeof(SectionResult), ["id", "title", "score", "band", "domains"]),
        (typeof(DomainResult), ["id", "title", "score", "band", "n", "sd", "ci95", "alpha", "perceptionGap", "groups", "items"]),
        (typeof(ConfidenceInterval), ["low", "high"]),
        (typeof(PerceptionGap), ["status", "leadership", "leadershipN", "frontline", "frontlineN", "gap", "flagged"]),
        (typeof(GroupResult), ["id", "n", "suppressed", "suppressionReason", "score", "sd", "ci95"]),
        (typeof(ItemResult), ["id", "text", "score", "band", "n", "sd", "meanLevel", "dontKnowRate", "rwg", "lowConsensus", "groups"]),
        (typeof(ActionPlanEntry), ["itemId", "domainId", "sectionId", "itemText", "priority", "level", "score", "dontKnowRate", "reasons", "perceptionGapFlagged", "action", "owner", "timeframe", "timeframeDays", "resource", "indicator", "source"]),
        (typeof(Strength), ["itemId", "domainId", "itemText", "score"]),
        (typeof(TrendResult), ["previousInstrument", "previousRespondents", "overall", "sections", "domains", "basis", "items", "notComparable"]),
        (typeof(ScoreChange), ["id", "now", "then", "delta", "ciOverlap"]),
    ];

    /// <summary>Whether the metadata of every result type lists exactly the properties this writer writes (ignored ones have no getter).</summary>
    public static bool IsComplete { get; } = Shapes.All(shape =>
        WellnessJsonContext.Default.GetTypeInfo(shape.Type) is { } info
        && info.Properties.Where(property => property.Get is not null).Select(property => property.Name).SequenceEqual(shape.Names, StringComparer.Ordinal));

    public static void Write(Utf8JsonWriter writer, AssessmentResult result)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("instrument"u8);
        WriteReference(writer, result.Instrument);
        writer.WritePropertyName("agency"u8);
        if (result.Agency is { } agency)
        {
            writer.WriteStartObject();
            writer.WriteString(Id, agency.Id);
            writer.WriteString(Name, agency.Name);
            if (agency.Profile is { } profile)
            {
                writer.WritePropertyName("profile"u8);
                JsonSerializer.Serialize(writer, profile, WellnessJsonContext.Default.AgencyProfile);
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        WriteNumber(writer, "respondents"u8, result.Respondents);
        writer.WritePropertyName("disclosure"u8);
        JsonSerializer.Serialize(writer, result.Disclosure, WellnessJsonContext.Default.ReleaseDisclosure);
        WriteOptions(writer, result.Options);
        writer.WritePropertyName(Overall);
        writer.WriteStartObject();
        WriteNumber(writer, Score, result.Overall.Score);
        WriteBand(writer, result.Overall.Band);
        writer.WriteEndObject();

        writer.WriteStartArray(Sections);
        foreach (var section in result.Sections)
        {
            writer.WriteStartObject();
            writer.WriteString(Id, section.Id);
            writer.WriteString(Title, section.Title);
            WriteNumber(writer, Score, section.Score);
            WriteBand(writer, section.Band);
            writer.WriteStartArray(Domains);
            foreach (var domain in section.Domains)
            {
                WriteDomain(writer, domain);

                // Hand the bytes on now and then, so that the writer's buffer stays small (no large-object-heap buffers).
                if (writer.BytesPending > FlushThreshold)
                {
                    writer.Flush();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        // The one-view statement, first steps and keep-it-going list are short: the generated serializer writes them.
        writer.WritePropertyName("singleView"u8);
        JsonSerializer.Serialize(writer, result.SingleView, WellnessJsonContext.Default.SingleView);
        writer.WritePropertyName("firstSteps"u8);
        JsonSerializer.Serialize(writer, result.FirstSteps, WellnessJsonContext.Default.IReadOnlyListFirstStep);

        writer.WriteStartArray("actionPlan"u8);
        foreach (var entry in result.ActionPlan)
        {
            WriteEntry(writer, entry);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("keepItGoing"u8);
        JsonSerializer.Serialize(writer, result.KeepItGoing, WellnessJsonContext.Default.IReadOnlyListSustainEntry);

        writer.WriteStartArray("strengths"u8);
        foreach (var strength in result.Strengths)
        {
            writer.WriteStartObject();
            writer.WriteString("itemId"u8, strength.ItemId);
            writer.WriteString("domainId"u8, strength.DomainId);
            writer.WriteString("itemText"u8, strength.ItemText);
            writer.WriteNumber(Score, strength.Score);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WritePropertyName("trend"u8);
        if (result.Trend is { } trend)
        {
            WriteTrend(writer, trend);
        }
        else
        {
            writer.WriteNullValue();
        }

        if (result.PeerComparison is { } comparison)
        {
            writer.WritePropertyName("peerComparison"u8);
            JsonSerializer.Serialize(writer, comparison, WellnessJsonContext.Default.PeerComparison);
        }

        if (result.Participation is { } participation)
        {
            writer.WritePropertyName("participation"u8);
            JsonSerializer.Serialize(writer, participation, WellnessJsonContext.Default.ParticipationReport);
        }

        writer.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter writer, InstrumentReference reference)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, reference.Id);
        writer.WriteString(Version, reference.Version);
        writer.WriteEndObject();
    }

    private static void WriteOptions(Utf8JsonWriter writer, ScoringOptions options)
    {
        writer.WritePropertyName("options"u8);
        writer.WriteStartObject();
        writer.WriteNumber("minimumCoverage"u8, options.MinimumCoverage);
        writer.WriteString("purpose"u8, PurposeNames[(int)options.Purpose]);
        writer.WriteNumber("minimumGroupSize"u8, options.MinimumGroupSize);
        writer.WriteNumber("gapThreshold"u8, options.GapThreshold);
        writer.WritePropertyName("bandEdges"u8);
        writer.WriteStartObject();
        writer.WriteNumber("emerging"u8, options.BandEdges.Emerging);
        writer.WriteNumber("developing"u8, options.BandEdges.Developing);
        writer.WriteNumber("established"u8, options.BandEdges.Established);
        writer.WriteNumber("leading"u8, options.BandEdges.Leading);
        writer.WriteEndObject();
        writer.WriteNumber("actionScoreThreshold"u8, options.ActionScoreThreshold);
        writer.WriteNumber("awarenessGapThreshold"u8, options.AwarenessGapThreshold);
        writer.WriteNumber("strengthThreshold"u8, options.StrengthThreshold);
        writer.WriteNumber("lowConsensusThreshold"u8, options.LowConsensusThreshold);
        writer.WriteNumber("minimumAlphaRespondents"u8, options.MinimumAlphaRespondents);
        writer.WriteEndObject();
    }

    private static void WriteDomain(Utf8JsonWriter writer, DomainResult domain)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, domain.Id);
        writer.WriteString(Title, domain.Title);
        WriteNumber(writer, Score, domain.Score);
        WriteBand(writer, domain.Band);
        writer.WriteNumber(N, domain.N);
        WriteNumber(writer, Sd, domain.Sd);
        WriteInterval(writer, domain.Ci95);
        WriteNumber(writer, "alpha"u8, domain.Alpha);

        var gap = domain.PerceptionGap;
        writer.WritePropertyName("perceptionGap"u8);
        writer.WriteStartObject();
        writer.WriteString("status"u8, GapStatusNames[(int)gap.Status]);
        WriteNumber(writer, "leadership"u8, gap.Leadership);
        WriteNumber(writer, "leadershipN"u8, gap.LeadershipN);
        WriteNumber(writer, "frontline"u8, gap.Frontline);
        WriteNumber(writer, "frontlineN"u8, gap.FrontlineN);
        WriteNumber(writer, "gap"u8, gap.Gap);
        writer.WriteBoolean("flagged"u8, gap.Flagged);
        writer.WriteEndObject();

        WriteGroups(writer, domain.Groups);
        writer.WriteStartArray(Items);
        foreach (var item in domain.Items)
        {
            writer.WriteStartObject();
            writer.WriteString(Id, item.Id);
            writer.WriteString(Text, item.Text);
            WriteNumber(writer, Score, item.Score);
            WriteBand(writer, item.Band);
            writer.WriteNumber(N, item.N);
            WriteNumber(writer, Sd, item.Sd);
            WriteNumber(writer, "meanLevel"u8, item.MeanLevel);
            WriteNumber(writer, DontKnowRate, item.DontKnowRate);
            WriteNumber(writer, "rwg"u8, item.Rwg);
            writer.WriteBoolean("lowConsensus"u8, item.LowConsensus);
            WriteGroups(writer, item.Groups);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteGroups(Utf8JsonWriter writer, IReadOnlyList<GroupResult> groups)
    {
        writer.WriteStartArray(Groups);
        foreach (var group in groups)
        {
            writer.WriteStartObject();
            writer.WriteString(Id, group.Id);
            WriteNumber(writer, N, group.N);
            writer.WriteBoolean("suppressed"u8, group.Suppressed);
            if (group.SuppressionReason is { } reason)
            {
                writer.WriteString("suppressionReason"u8, SuppressionNames[(int)reason]);
            }
            else
            {
                writer.WriteNull("suppressionReason"u8);
            }

            WriteNumber(writer, Score, group.Score);
            WriteNumber(writer, Sd, group.Sd);
            WriteInterval(writer, group.Ci95);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteEntry(Utf8JsonWriter writer, ActionPlanEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("itemId"u8, entry.ItemId);
        writer.WriteString("domainId"u8, entry.DomainId);
        writer.WriteString("sectionId"u8, entry.SectionId);
        writer.WriteString("itemText"u8, entry.ItemText);
        writer.WriteNumber("priority"u8, entry.Priority);
        writer.WriteNumber("level"u8, entry.Level);
        WriteNumber(writer, Score, entry.Score);
        WriteNumber(writer, DontKnowRate, entry.DontKnowRate);
        writer.WriteStartArray("reasons"u8);
        foreach (var reason in entry.Reasons)
        {
            writer.WriteStringValue(ReasonNames[(int)reason]);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("perceptionGapFlagged"u8, entry.PerceptionGapFlagged);
        writer.WriteString("action"u8, entry.Action);
        writer.WriteString("owner"u8, entry.Owner);
        writer.WriteString("timeframe"u8, entry.Timeframe);
        if (entry.TimeframeDays is { } days)
        {
            writer.WriteNumber("timeframeDays"u8, days);
        }
        else
        {
            writer.WriteNull("timeframeDays"u8);
        }

        writer.WriteString("resource"u8, entry.Resource);
        writer.WriteString("indicator"u8, entry.Indicator);
        writer.WriteString("source"u8, entry.Source);
        writer.WriteEndObject();
    }

    private static void WriteTrend(Utf8JsonWriter writer, TrendResult trend)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("previousInstrument"u8);
        WriteReference(writer, trend.PreviousInstrument);
        WriteNumber(writer, "previousRespondents"u8, trend.PreviousRespondents);
        writer.WritePropertyName(Overall);
        WriteChange(writer, trend.Overall);
        writer.WriteStartArray(Sections);
        foreach (var change in trend.Sections)
        {
            WriteChange(writer, change);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Domains);
        foreach (var change in trend.Domains)
        {
            WriteChange(writer, change);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("basis"u8);
        JsonSerializer.Serialize(writer, trend.Basis, WellnessJsonContext.Default.TrendBasis);
        writer.WritePropertyName(Items);
        JsonSerializer.Serialize(writer, trend.Items, WellnessJsonContext.Default.IReadOnlyListItemChange);
        writer.WritePropertyName("notComparable"u8);
        JsonSerializer.Serialize(writer, trend.NotComparable, WellnessJsonContext.Default.IReadOnlyListNotComparable);
        writer.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter writer, ScoreChange change)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, change.Id);
        WriteNumber(writer, "now"u8, change.Now);
        WriteNumber(writer, "then"u8, change.Then);
        WriteNumber(writer, "delta"u8, change.Delta);
        if (change.CiOverlap is { } overlap)
        {
            writer.WriteBoolean("ciOverlap"u8, overlap);
        }
        else
        {
            writer.WriteNull("ciOverlap"u8);
        }

        writer.WriteEndObject();
    }

    private static void WriteInterval(Utf8JsonWriter writer, ConfidenceInterval? interval)
    {
        writer.WritePropertyName("ci95"u8);
        if (interval is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteNumber("low"u8, interval.Low);
        writer.WriteNumber("high"u8, interval.High);
        writer.WriteEndObject();
    }

    private static void WriteBand(Utf8JsonWriter writer, Band? band)
    {
        if (band is { } value)
        {
            writer.WriteString(BandName, BandNames[(int)value]);
        }
        else
        {
            writer.WriteNull(BandName);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Each value's JSON string, as the enum's converter writes it, indexed by the value.</summary>
    private static JsonEncodedText[] EnumNames<T>(JsonTypeInfo<T> typeInfo)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var names = new JsonEncodedText[values.Length];
        foreach (var value in values)
        {
            names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] =
                JsonEncodedText.Encode(JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, typeInfo), WellnessJsonContext.Default.String)!);
        }

        return names;
    }
}

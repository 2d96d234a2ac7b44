using System.Text;
using System.Text.Json;
using CsCheck;
using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Serialization;

/// <summary>The hand-written response-set reader gives what the source-generated serializer gives, for any input.</summary>
public sealed class ResponseSetReaderTests
{
    private static readonly string[] Keys = ["d1.a", "d1.b", "d2.c", "d2.d", "é.x", "d\"q"];
    private static readonly string[] Groups = ["exec", "officer", "Officer", "", "ün"];
    private static readonly string[] OddAnswers = ["\"dont-know\"", "\"not-applicable\"", "\"yes\"", "2.5", "true", "null", "[1]", "{\"a\":1}", "1e2", "-2147483648"];

    private static readonly Gen<string> AnswerJson = Gen.OneOf(
        Gen.Int[-2, 6].Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Int[0, 9].Select(i => OddAnswers[i]));

    private static readonly Gen<string> ResponseJson = Gen.Select(
        Gen.Int[0, 99], Gen.Int[0, Groups.Length - 1], Gen.Select(Gen.Int[0, Keys.Length - 1], AnswerJson).Array[0, 8], Gen.Int[0, 9],
        (id, group, answers, oddity) =>
        {
            var text = new StringBuilder();
            text.Append("{ ").Append(oddity == 1 ? "\"RespondentId\"" : "\"respondentId\"").Append(": \"r").Append(id).Append("\", ");
            text.Append("\"group\": ").Append(oddity == 2 ? "7" : JsonSerializer.Serialize(Groups[group])).Append(", ");
            if (oddity == 3)
            {
                text.Append("\"extra\": 1, ");
            }

            text.Append("\"answers\": ");
            if (oddity == 4)
            {
                text.Append("null");
            }
            else
            {
                text.Append("{ ").AppendJoin(", ", answers.Select(a => JsonSerializer.Serialize(Keys[a.Item1]) + ": " + a.Item2)).Append(" }");
            }

            return text.Append(oddity == 5 ? ", }" : " }").ToString();
        });

    private static readonly string[] AgencyJson =
    [
        "{ \"id\": \"a\", \"name\": \"A PD\" }",
        "null",
        "{ \"id\": \"a\" }",
        "{ \"id\": \"a\", \"name\": \"A PD\", \"profile\": { \"size\": \"11-49\", \"ownAcademy\": false, \"dispatch\": \"shared\", \"employeeAssistance\": \"city-county\", \"unionOrAssociation\": true } }",
        "{ \"profile\": { \"dispatch\": \"own\", \"size\": \"250-plus\" }, \"name\": \"A PD\", \"id\": \"a\" }",
        "{ \"id\": \"a\", \"name\": \"A PD\", \"profile\": { \"size\": \"huge\" } }",
        "{ \"id\": \"a\", \"name\": \"A PD\", \"profile\": null }",
        "{ \"id\": \"a\", \"name\": \"A PD\", \"id\": \"b\" }",
        "{ \"id\": \"a\", \"name\": \"A PD\", \"extra\": 1 }",
        "[]",
    ];

    /// <summary>A set in one of several property orders (the agency block anywhere, or missing), with odd values now and then.</summary>
    private static readonly Gen<string> SetJson = Gen.Select(ResponseJson.Array[0, 6], Gen.Int[0, 9], Gen.Int[0, AgencyJson.Length - 1], Gen.Int[0, 5], (responses, oddity, agency, order) =>
    {
        var instrument = "\"instrument\": { " + (order == 3 ? "\"version\": \"1.0.0\", \"id\": \"small\"" : "\"id\": \"small\", \"version\": " + (oddity == 1 ? "1" : "\"1.0.0\"")) + " }";
        var agencyProperty = "\"agency\": " + AgencyJson[agency];
        var responsesProperty = "\"responses\": [ " + string.Join(", ", responses) + " ]";
        string[] properties = order switch
        {
            0 => [instrument, agencyProperty, responsesProperty],
            1 => [responsesProperty, agencyProperty, instrument],
            2 => [agencyProperty, responsesProperty, instrument],
            3 => [instrument, responsesProperty, agencyProperty],
            4 => [instrument, responsesProperty],
            _ => [instrument, agencyProperty, responsesProperty, agencyProperty],
        };
        return "\uFEFF/* comment */ { " + string.Join(", ", properties) + (oddity == 4 ? "" : " }");
    });

    [Fact]
    public void ReadResponseSet_GivesTheSerializersResultOrError_ForAnyInput()
    {
        SetJson.Sample(json =>
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            Assert.Equal(Describe(() => Serializer(bytes)), Describe(() => WellnessJson.ReadResponseSet(new MemoryStream(bytes))));
            Assert.Equal(Describe(() => Serializer(json)), Describe(() => WellnessJson.ReadResponseSet(json)));
        });
    }

    [Fact]
    public void ReadResponseSet_TakesTheFastPath_ForAnImportedSetWithItsAgencyProfile_InAnyPropertyOrder()
    {
        var set = """
            { "responses": [
                { "answers": { "d1.a": 1, "d1.b": 2 }, "group": "officer", "respondentId": "a" },
                { "group": "exec", "respondentId": "b", "answers": { "d1.a": 3, "d1.b": "dont-know" } } ],
              "agency": { "profile": { "unionOrAssociation": true, "size": "50-249", "ownAcademy": false, "dispatch": "shared", "employeeAssistance": "city-county" },
                          "name": "Riverside Police Department", "id": "riverside-pd" },
              "instrument": { "version": "1.0.0", "id": "small" } }
            """;

        var fast = ResponseSetReader.TryRead(Encoding.UTF8.GetBytes(set));

        Assert.NotNull(fast);
        Assert.Equal(new AgencyProfile { Size = AgencySize.From50To249, OwnAcademy = false, Dispatch = DispatchArrangement.Shared, EmployeeAssistance = EmployeeAssistanceArrangement.CityOrCounty, UnionOrAssociation = true }, fast.Agency!.Profile);
        Assert.Equal(("riverside-pd", "Riverside Police Department"), (fast.Agency.Id, fast.Agency.Name));
        Assert.Equal(new InstrumentReference("small", "1.0.0"), fast.Instrument);
        Assert.Equal(["a/officer", "b/exec"], fast.Responses.Select(r => $"{r.RespondentId}/{r.Group}"));
        Assert.IsType<AnswerMap>(fast.Responses[1].Answers);
        Assert.Equal(Answer.DontKnow, fast.Responses[1].Answers["d1.b"]);
        Assert.Equal(Describe(() => Serializer(set)), Describe(() => fast));
    }

    [Fact]
    public void ReadResponseSet_SharesRepeatedAnswerKeys()
    {
        var set = WellnessJson.ReadResponseSet("""
            { "instrument": { "id": "small", "version": "1.0.0" }, "responses": [
              { "respondentId": "a", "group": "officer", "answers": { "d1.a": 1, "d1.b": 2 } },
              { "respondentId": "b", "group": "officer", "answers": { "d1.a": 3, "d1.b": "dont-know" } } ] }
            """);

        Assert.Same(set.Responses[0].Answers.Keys.First(), set.Responses[1].Answers.Keys.First());
        Assert.Same(set.Responses[0].Group, set.Responses[1].Group);
        Assert.Equal(Answer.DontKnow, set.Responses[1].Answers["d1.b"]);
    }

    [Fact]
    public void ReadResponseSet_TextThatIsNotUtf8_IsAValidationError()
    {
        var bytes = Encoding.UTF8.GetBytes("""{ "instrument": { "id": "small", "version": "1.0.0" }, "responses": [ { "respondentId": "XX", "group": "officer", "answers": {} } ] }""");
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var error = Assert.Throws<AssessmentValidationException>(() => WellnessJson.ReadResponseSet(new MemoryStream(bytes)));

        Assert.Equal("responses[0].respondentId", Assert.Single(error.Errors).Path);
        Assert.StartsWith("the text is not UTF-8; save it as UTF-8 and try again (line 1, position", error.Errors[0].Message, StringComparison.Ordinal);
    }

    private static ResponseSet Serializer(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            return JsonSerializer.Deserialize(stream, WellnessJson.TypeInfo<ResponseSet>())
                ?? throw new InvalidOperationException("null");
        }
        catch (JsonException exception)
        {
            throw WellnessJson.FromJsonException(exception, "response set");
        }
    }

    private static ResponseSet Serializer(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, WellnessJson.TypeInfo<ResponseSet>())
                ?? throw new InvalidOperationException("null");
        }
        catch (JsonException exception)
        {
            throw WellnessJson.FromJsonException(exception, "response set");
        }
    }

    /// <summary>The value as its JSON (unrecognized answers as their text), or the error list.</summary>
    private static string Describe(Func<ResponseSet> read)
    {
        try
        {
            var set = read();
            return $"{set.Instrument} {set.Agency} " + string.Join(" | ", set.Responses.Select(r =>
                r is null ? "null" : $"{r.RespondentId}/{r.Group}/" + (r.Answers is null ? "null" : string.Join(",", r.Answers.Select(a => $"{a.Key}={a.Value}")))));
        }
        catch (AssessmentValidationException exception)
        {
            return string.Join(" | ", exception.Errors);
        }
    }
}

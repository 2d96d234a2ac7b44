using System.Text;
using System.Text.Json;
using CsCheck;
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

    private static readonly Gen<string> SetJson = Gen.Select(ResponseJson.Array[0, 6], Gen.Int[0, 9], (responses, oddity) =>
        "\uFEFF/* comment */ { \"instrument\": { \"id\": \"small\", \"version\": " + (oddity == 1 ? "1" : "\"1.0.0\"") + " }, "
        + (oddity == 2 ? "\"agency\": null, " : oddity == 3 ? "\"agency\": { \"id\": \"a\" }, " : "\"agency\": { \"id\": \"a\", \"name\": \"A PD\" }, ")
        + "\"responses\": [ " + string.Join(", ", responses) + (oddity == 4 ? " ]" : " ] }"));

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

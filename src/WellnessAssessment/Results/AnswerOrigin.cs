using System.Text.Json.Serialization;

namespace WellnessAssessment.Results;

/// <summary>
/// Where a result's answers come from (<see cref="AssessmentResult.Origin"/>). A cycle takes online answers or one
/// import, never both; a response set given directly to the library, the CLI or <c>POST /api/score</c> is supplied.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerOrigin>))]
public enum AnswerOrigin
{
    /// <summary>A response set given directly (<c>supplied</c>): the library, the CLI, <c>POST /api/score</c>.</summary>
    [JsonStringEnumMemberName("supplied")]
    Supplied,

    /// <summary>A cycle's answers collected through its respondent link (<c>online</c>).</summary>
    [JsonStringEnumMemberName("online")]
    Online,

    /// <summary>A cycle's one import from another survey tool (<c>import</c>).</summary>
    [JsonStringEnumMemberName("import")]
    Import,
}

/// <summary>The plain line every output prints for an <see cref="AnswerOrigin"/>.</summary>
public static class AnswerOriginStatements
{
    /// <summary>"Answers collected online", "Answers imported from another survey tool" or "Answers supplied directly".</summary>
    /// <param name="origin">The result's origin.</param>
    public static string Statement(this AnswerOrigin origin) => origin switch
    {
        AnswerOrigin.Online => "Answers collected online",
        AnswerOrigin.Import => "Answers imported from another survey tool",
        _ => "Answers supplied directly",
    };
}

namespace WellnessAssessment.Api.OpenApi;

/// <summary>The document's tags: every route names one (<c>WithTags</c>), and each has a description here.</summary>
internal static class ApiTags
{
    public const string Instruments = "Instruments";
    public const string Scoring = "Scoring";
    public const string Agencies = "Agencies";
    public const string Assessments = "Assessments";
    public const string Surveys = "Surveys";
    public const string ActionRegister = "Action register";
    public const string Benchmarks = "Benchmarks";
    public const string Vocabulary = "Vocabulary";

    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        [Instruments] = "The catalog of built-in instruments: their sections, domains, items, scale and respondent groups. No key.",
        [Scoring] = "Stateless scoring and PDF reports for a response set sent in the body; nothing is stored. No key; rate-limited per client address.",
        [Agencies] = "Creating an agency and its key. Admin key.",
        [Assessments] = "An agency's assessment cycles: open, list, import responses, close, results, reports. Agency key of the agency in the path.",
        [ActionRegister] = "An agency's action register: adopt actions from a closed cycle's plan, assign and track them (ETags), export CSV and iCalendar, and see what changed at the next cycle. Agency key of the agency in the path.",
        [Surveys] = "What respondents use with the token from their link (in the X-Respondent-Token header): read the survey, submit answers, keep a draft under a resume code. No key.",
        [Benchmarks] = "Peer benchmarks: an agency opts a closed cycle in or out and compares a cycle with peer agencies (agency key); the administrator rebuilds the benchmark or loads a benchmark file (admin key).",
        [Vocabulary] = "The words and ranges the console's forms offer, as the library defines them: the agency profile's values, the headcount range, the bands. No key.",
    };
}

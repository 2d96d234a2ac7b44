using System.Diagnostics.CodeAnalysis;

namespace WellnessAssessment.Service.Outcomes;

/// <summary>
/// What a workflow answers: a value (found, created at a location, or done), or the <see cref="Outcomes.Problem"/> that
/// refused it. Expected failures are outcomes, never exceptions; a <see cref="Outcomes.Problem"/> converts implicitly.
/// </summary>
/// <typeparam name="T">The value of a successful outcome.</typeparam>
public sealed record Outcome<T>
{
    internal Outcome(OutcomeKind kind, T? value, Problem? problem, string? location)
    {
        Kind = kind;
        Value = value;
        Problem = problem;
        Location = location;
    }

    /// <summary>How the workflow ended.</summary>
    public OutcomeKind Kind { get; }

    /// <summary>The value, when the workflow succeeded.</summary>
    public T? Value { get; }

    /// <summary>Why the request was refused, or <see langword="null"/> when it succeeded.</summary>
    public Problem? Problem { get; }

    /// <summary>Where a created resource lives (a path such as <c>/api/agencies/a-1/assessments</c>), else <see langword="null"/>.</summary>
    public string? Location { get; }

    /// <summary>Headers the successful answer carries (for example an <c>ETag</c>); <see langword="null"/> when none.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Whether the workflow succeeded (then <see cref="Value"/> is set, unless the kind is <see cref="OutcomeKind.Done"/>).</summary>
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    /// <summary>A refusal.</summary>
    /// <param name="problem">Why.</param>
    public static implicit operator Outcome<T>(Problem problem) => new(OutcomeKind.Refused, default, problem ?? throw new ArgumentNullException(nameof(problem)), null);
}

/// <summary>Builds successful outcomes.</summary>
public static class Outcome
{
    /// <summary>The value was found or computed.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public static Outcome<T> Found<T>(T value) => new(OutcomeKind.Found, value, null, null);

    /// <summary>A resource was created at <paramref name="location"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The created resource as the caller sees it.</param>
    /// <param name="location">Where it lives.</param>
    public static Outcome<T> Created<T>(T value, string location) => new(OutcomeKind.Created, value, null, location);

    /// <summary>A refusal (the named alternative of the implicit conversion from <see cref="Problem"/>).</summary>
    /// <typeparam name="T">The value's type had the workflow succeeded.</typeparam>
    /// <param name="problem">Why.</param>
    public static Outcome<T> Refused<T>(Problem problem) => problem;

    /// <summary>The request was done; there is nothing to show.</summary>
    public static Outcome<NoValue> Done() => new(OutcomeKind.Done, NoValue.Value, null, null);
}

/// <summary>The value of an outcome that has none.</summary>
public sealed record NoValue
{
    private NoValue()
    {
    }

    /// <summary>The one value.</summary>
    public static NoValue Value { get; } = new();
}

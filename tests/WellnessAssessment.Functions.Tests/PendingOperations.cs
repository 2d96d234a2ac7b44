namespace WellnessAssessment.Functions.Tests;

/// <summary>
/// The operations of the OpenAPI document that have no function yet (their features have not moved to the shared HTTP
/// adapter). The drift test fails when one of them gets a function and stays listed here, and when one is missing from
/// both; the list must end empty. One name per line, so features that move in parallel merge cleanly.
/// </summary>
internal static class PendingOperations
{
    public static readonly string[] Names =
    [
    ];
}

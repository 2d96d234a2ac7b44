namespace WellnessAssessment.Tests.Fixtures;

/// <summary>
/// Checks a citation's heading against a seed file: the heading is a line of the file (case and surrounding space
/// ignored), or "heading: part" where the heading is a line and the part appears in the file.
/// </summary>
internal static class SeedCitation
{
    public static bool Exists(string[] lines, string heading)
    {
        if (IsLine(lines, heading))
        {
            return true;
        }

        var colon = heading.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0
            && IsLine(lines, heading[..colon])
            && lines.Any(line => line.Contains(heading[(colon + 2)..], StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsLine(string[] lines, string text) =>
        lines.Any(line => string.Equals(line.Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase));
}

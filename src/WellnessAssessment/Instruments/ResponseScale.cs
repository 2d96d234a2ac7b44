namespace WellnessAssessment.Instruments;

/// <summary>The scale items are answered on: every integer from <see cref="Min"/> to <see cref="Max"/>, each with a label.</summary>
public sealed record ResponseScale
{
    /// <summary>The lowest level (normalised to 0).</summary>
    public required int Min { get; init; }

    /// <summary>The highest level (normalised to 100).</summary>
    public required int Max { get; init; }

    /// <summary>One entry for every integer from <see cref="Min"/> to <see cref="Max"/>, in ascending order.</summary>
    public required IReadOnlyList<ScaleLevel> Levels { get; init; }

    /// <summary>The number of scale points (<c>Max − Min + 1</c>), the <c>A</c> of the r<sub>wg</sub> formula.</summary>
    public int PointCount => Max - Min + 1;

    /// <summary>Normalises a raw value to 0–100: <c>100 · (x − min) / (max − min)</c>.</summary>
    /// <param name="value">A raw answer between <see cref="Min"/> and <see cref="Max"/>.</param>
    public double Normalise(int value) => 100.0 * (value - Min) / (Max - Min);

    /// <summary>Whether <paramref name="value"/> is a level of this scale.</summary>
    /// <param name="value">A raw answer.</param>
    public bool Contains(int value) => value >= Min && value <= Max;

    /// <summary>The default five-level maturity scale of the scoring method (0 Not in place … 4 Sustained).</summary>
    public static ResponseScale Maturity { get; } = new()
    {
        Min = 0,
        Max = 4,
        Levels =
        [
            new ScaleLevel(0, "Not in place", "Nothing exists."),
            new ScaleLevel(1, "Initial", "Ad hoc; depends on individuals."),
            new ScaleLevel(2, "Developing", "Partly in place, not agency-wide."),
            new ScaleLevel(3, "Established", "Agency-wide, written down, resourced."),
            new ScaleLevel(4, "Sustained", "Institutionalized, reviewed with feedback, evaluated."),
        ],
    };
}

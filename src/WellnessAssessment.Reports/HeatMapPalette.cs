namespace WellnessAssessment.Reports;

/// <summary>
/// The heat map's colours: a single-hue sequential blue scale (ColorBrewer "Blues", 5 classes), which stays ordered for
/// every kind of colour-vision deficiency and in greyscale, from the lowest band to the highest, with the text colour
/// that keeps at least 4.5:1 contrast on each. Withheld cells are light grey with a hatch, never a band colour.
/// </summary>
internal static class HeatMapPalette
{
    public static readonly string[] Fill = ["#EFF3FF", "#BDD7E7", "#6BAED6", "#3182BD", "#08519C"];

    public static readonly string[] Text = ["#1B1F24", "#1B1F24", "#1B1F24", "#000000", "#FFFFFF"];

    public const string WithheldFill = "#F2F2F2";

    public const string WithheldText = "#4A5561";
}

namespace WellnessAssessment.Reports.Pdf;

/// <summary>Breaks text into lines that fit a width, at spaces; a word longer than the width is broken by characters.</summary>
internal static class TextWrapper
{
    /// <summary>Below this distance from the edge a line's width is estimated from its words; nearer, the whole line is measured.</summary>
    private const float ExactMeasureMargin = 3;

    /// <param name="text">The text; <c>\n</c> starts a new line.</param>
    /// <param name="width">The width available.</param>
    /// <param name="measure">The shaped width of a string in the font the lines will be drawn in.</param>
    public static List<string> Wrap(string text, float width, Func<string, float> measure)
    {
        var lines = new List<string>();
        var space = measure(" ");
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            var lineWidth = 0f;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = measure(word);
                if (line.Length > 0)
                {
                    // Words are shaped alone (and cached); the whole line is shaped only near the edge, where kerning across a space could matter.
                    var estimate = lineWidth + space + wordWidth;
                    if (estimate <= width - ExactMeasureMargin || (estimate <= width + ExactMeasureMargin && measure(line + " " + word) <= width))
                    {
                        line += " " + word;
                        lineWidth = estimate;
                        continue;
                    }

                    lines.Add(line);
                }

                line = word;
                lineWidth = wordWidth;
                while (lineWidth > width && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && measure(line[..cut]) > width)
                    {
                        cut--;
                    }

                    lines.Add(line[..cut]);
                    line = line[cut..];
                    lineWidth = measure(line);
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}

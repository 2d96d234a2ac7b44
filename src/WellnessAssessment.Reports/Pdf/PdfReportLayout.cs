using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using WellnessAssessment.Reports.Model;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>The report's sections, in order, composed from the model.</summary>
internal static class PdfReportLayout
{
    private static readonly XColor Muted = XColor.FromArgb(0x4A, 0x55, 0x61);
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static void Compose(PdfComposer pdf, ReportModel model, ReadOnlyMemory<byte> logo)
    {
        Cover(pdf, model, logo);
        if (model.Include.HasFlag(ReportSections.ExecutiveSummary))
        {
            ExecutiveSummary(pdf, model);
        }

        if (model.Include.HasFlag(ReportSections.PeerComparison) && model.Peers is { } peers)
        {
            PdfPeerLayout.PeerComparison(pdf, peers);
        }

        if (model.Include.HasFlag(ReportSections.PerceptionGaps))
        {
            PerceptionGaps(pdf, model);
        }

        if (model.Include.HasFlag(ReportSections.HeatMap) && model.HeatMap is { } heatMap)
        {
            PdfPeerLayout.HeatMap(pdf, heatMap);
        }

        if (model.Include.HasFlag(ReportSections.Domains))
        {
            Domains(pdf, model);
        }

        if (model.Include.HasFlag(ReportSections.ActionPlan))
        {
            ActionPlan(pdf, model);
        }

        if (model.Include.HasFlag(ReportSections.Trend) && model.Trend is { } trend)
        {
            pdf.NewPage();
            pdf.Heading("Trend since the earlier assessment");
            pdf.Paragraph(model.TrendNote!);
            pdf.Table(
                new TableSpec(["Area", "Earlier", "Now", "Change", "Note"], [0.44f, 0.11f, 0.11f, 0.11f, 0.23f]) { RightAlignedColumns = [1, 2, 3] },
                [.. trend.Select(r => (IReadOnlyList<string>)[r.Domain, r.Then, r.Now, r.Delta, r.Note])]);
        }

        if (model.Include.HasFlag(ReportSections.Progress) && model.Progress is { } progress)
        {
            PdfProgressSection.Compose(pdf, progress);
        }

        if (model.Include.HasFlag(ReportSections.Outcomes) && model.Outcomes is { } outcomes)
        {
            pdf.NewPage();
            pdf.Heading("Outcomes");
            pdf.Paragraph(outcomes.Intro);
            pdf.Table(
                new TableSpec(["Outcome", "Score", "n", "Don't know"], [0.64f, 0.12f, 0.1f, 0.14f]) { RightAlignedColumns = [1, 2, 3] },
                [.. outcomes.Rows.Select(r => (IReadOnlyList<string>)[r.Text, r.Score, r.N, r.DontKnow])]);
            pdf.Heading(outcomes.AssociationHeading, 12);
            if (outcomes.AssociationIntro is { } intro)
            {
                pdf.Paragraph(intro);
            }

            pdf.Paragraph(outcomes.Caution, bold: true);
            if (outcomes.Associations.Count > 0)
            {
                pdf.Table(
                    new TableSpec(["Area", "Moves with", "r", "95% CI", "n"], [0.24f, 0.4f, 0.1f, 0.17f, 0.09f]) { RightAlignedColumns = [2, 3, 4] },
                    [.. outcomes.Associations.Select(a => (IReadOnlyList<string>)[a.Area, a.MovesWith, a.R, a.Interval, a.N])]);
            }

            if (outcomes.NotShown is { } notShown)
            {
                pdf.Paragraph(notShown);
            }
        }

        if (model.Include.HasFlag(ReportSections.MethodAndPrivacy))
        {
            pdf.NewPage();
            pdf.Heading("Method and privacy");
            foreach (var paragraph in model.Method)
            {
                pdf.Paragraph(paragraph);
            }
        }

        if (model.Include.HasFlag(ReportSections.Sources))
        {
            if (!model.Include.HasFlag(ReportSections.MethodAndPrivacy))
            {
                pdf.NewPage();
            }

            pdf.Heading("Sources", 14);
            pdf.List(model.Sources.Select(source => source.Url is { } url ? $"{source.Text} {url}" : source.Text), 9);
        }
    }

    private static void Cover(PdfComposer pdf, ReportModel model, ReadOnlyMemory<byte> logo)
    {
        pdf.NewPage();
        var white = XColors.White;
        var eyebrow = "ORGANIZATIONAL WELLNESS ASSESSMENT";
        pdf.Space(36);
        var bandBottom = pdf.Y + pdf.ParagraphHeight(eyebrow, 9, bold: true) + pdf.ParagraphHeight(model.AgencyName, 26, bold: true)
            + pdf.ParagraphHeight(model.ReportTitle, 16) + 24;
        pdf.Decorate(graphics => graphics.DrawRectangle(new XSolidBrush(pdf.Accent), 0, 0, PdfComposer.PageWidth, bandBottom));
        pdf.Paragraph(eyebrow, 9, bold: true, color: XColor.FromArgb(210, white));
        pdf.Paragraph(model.AgencyName, 26, bold: true, color: white, tag: PdfBlockLevelElementTag.Heading1);
        pdf.Paragraph(model.ReportTitle, 16, color: white);
        pdf.Space(bandBottom - pdf.Y + 28);

        if (!logo.IsEmpty)
        {
            // Decoded once; drawn when the page is (the layout runs before the document exists).
            var image = XImage.FromStream(new MemoryStream(logo.ToArray(), writable: false));
            var scale = Math.Min(180f / image.PixelWidth, 64f / image.PixelHeight);
            var width = image.PixelWidth * scale;
            var height = image.PixelHeight * scale;
            pdf.Block(height + 20, (graphics, top) => graphics.DrawImage(image, PdfComposer.Margin, top, width, height), $"Logo of {model.AgencyName}");
        }

        ScoreCard(pdf, model);
        pdf.Space(18);
        if (model.Period is { } period)
        {
            pdf.Fact("Assessment period", period);
        }

        pdf.Fact("Respondents", model.RespondentsFact);
        pdf.Fact("Origin", model.OriginFact);
        pdf.Fact("Instrument", $"{model.InstrumentTitle}, version {model.InstrumentVersion}");
        pdf.Fact("Report date", model.CreatedAt.ToString("MMMM d, yyyy", Us));

        var about = "Scores run from 0 to 100 and fall into five bands. " +
            $"To protect anonymity, results for any group of fewer than {model.AnonymityThreshold.ToString(Us)} respondents are withheld. " +
            "The method is described at the end of this report.";
        var aboutHeight = pdf.ParagraphHeight(about, 8.5f);
        if (pdf.Y < PdfComposer.ContentBottom - aboutHeight)
        {
            pdf.Space(PdfComposer.ContentBottom - aboutHeight - pdf.Y);
        }

        pdf.Paragraph(about, 8.5f, color: Muted);
    }

    /// <summary>The overall score in large type beside the five bands, with a marker where the agency stands.</summary>
    internal static void ScoreCard(PdfComposer pdf, ReportModel model)
    {
        const float Height = 112;
        var bands = string.Join(", ", model.BandScale.Select(band => $"{band.Label} {ReportModelBuilder.Number(band.From)}–{ReportModelBuilder.Number(band.To)}"));
        var alt = model.OverallValue is null
            ? $"Overall score: {model.OverallBand}. Bands: {bands}."
            : $"Overall score {model.OverallScore} of 100, band {model.OverallBand}, marked on the band scale: {bands}.";
        pdf.Block(Height, (canvas, top) =>
        {
            var fonts = pdf.Fonts;
            canvas.DrawRoundedRectangle(new XSolidBrush(XColor.FromArgb(20, pdf.Accent)), PdfComposer.Margin, top, PdfComposer.ContentWidth, Height, 12, 12);
            var left = PdfComposer.Margin + 18;
            fonts.Draw(canvas, "Overall score", left, top + 24, 9, bold: true, Muted);
            fonts.Draw(canvas, model.OverallScore, left, top + 66, 38, bold: true, pdf.Accent);
            fonts.Draw(canvas, model.OverallValue is null ? model.OverallBand : $"of 100 · {model.OverallBand}", left, top + 88, 11, bold: false, XColors.Black);

            var scaleLeft = PdfComposer.Margin + 190;
            var scaleWidth = PdfComposer.ContentWidth - 190 - 18;
            var scaleTop = top + 46;
            float X(double value) => scaleLeft + scaleWidth * (float)Math.Clamp(value, 0, 100) / 100;
            fonts.Draw(canvas, "Where the agency stands", scaleLeft, top + 24, 9, bold: true, Muted);
            for (var i = 0; i < model.BandScale.Count; i++)
            {
                var band = model.BandScale[i];
                var fill = new XSolidBrush(XColor.FromArgb(45 + 210 * i / (model.BandScale.Count - 1), pdf.Accent));
                canvas.DrawRectangle(fill, X(band.From), scaleTop, X(band.To) - X(band.From) - 1.5f, 14);
                fonts.Draw(canvas, band.Label, (X(band.From) + X(band.To)) / 2, scaleTop + 28, 7.5f, bold: false, XColors.Black, TextAlign.Center);
            }

            if (model.OverallValue is { } score)
            {
                var x = X(score);
                canvas.DrawPolygon(XBrushes.Black, [new XPoint(x, scaleTop - 1), new XPoint(x - 5, scaleTop - 9), new XPoint(x + 5, scaleTop - 9)], XFillMode.Winding);
                canvas.DrawLine(new XPen(XColors.Black, 1.5), x, scaleTop - 1, x, scaleTop + 15);
            }

            fonts.Draw(canvas, "0", scaleLeft, scaleTop + 42, 7, bold: false, Muted);
            fonts.Draw(canvas, "100", scaleLeft + scaleWidth, scaleTop + 42, 7, bold: false, Muted, TextAlign.Right);
        }, alt);
    }

    private static void ExecutiveSummary(PdfComposer pdf, ReportModel model)
    {
        pdf.NewPage();
        pdf.Heading("Executive summary");
        if (model.SingleView is { } single)
        {
            pdf.Paragraph("One view. " + single, bold: true);
        }

        pdf.Paragraph(model.OverallParagraph);
        pdf.Table(
            new TableSpec(["Part", "Score", "Band"], [0.52f, 0.28f, 0.2f], 9.5f) { BarColumn = 1 },
            [["Overall", model.OverallScore, model.OverallBand], .. model.Sections.Select(s => (IReadOnlyList<string>)[s.Title, s.Score, s.Band])],
            [model.OverallValue, .. model.Sections.Select(s => s.Value)]);
        foreach (var section in model.Sections)
        {
            pdf.Paragraph(section.Paragraph);
        }

        if (model.Participation is { } participation)
        {
            pdf.Heading("Participation", 12, keepWithNext: 80);
            pdf.Paragraph(participation.Intro);
            pdf.Table(new TableSpec(["Group", "Headcount", "Respondents", "Rate", "Check"], [0.28f, 0.13f, 0.14f, 0.1f, 0.35f], 8.5f), participation.Rows);
            pdf.Paragraph(participation.Note);
        }

        foreach (var chart in model.Charts)
        {
            if (chart.Radar)
            {
                PdfCharts.Radar(pdf, chart.Points, $"{chart.Heading} (0–100)", model.ChartTicks);
            }
            else
            {
                PdfCharts.Bars(pdf, chart.Points, $"{chart.Heading}, with 95% confidence intervals", model.ChartTicks);
            }
        }

        pdf.Heading("Strengths", 13);
        pdf.Paragraph(model.Strengths.Count == 0 ? model.NoStrengths : model.StrengthsIntro, 9.5f, color: Muted);

        pdf.List(model.Strengths, 9.5f);

        pdf.Heading(model.FocusAreas.Count > 0 ? "The first five actions, focus areas first" : "The five highest-priority actions", 13);
        if (model.TopActions.Count == 0)
        {
            pdf.Paragraph("No action is called for by the method's thresholds.");
        }

        for (var i = 0; i < model.TopActions.Count; i++)
        {
            var action = model.TopActions[i];
            var title = $"{action.Rank}. {action.Action}";
            var detail = $"Owner: {action.Owner} · {(action.Timeframe.Length > 0 && char.IsAsciiDigit(action.Timeframe[0]) ? "within " : string.Empty)}{action.Timeframe} · Success: {action.Indicator}";
            pdf.EnsureSpace(pdf.ParagraphHeight(title, 9.5f, bold: true) + pdf.ParagraphHeight(detail, 9, indent: 12));
            if (i == 0)
            {
                pdf.Begin(PdfBlockLevelElementTag.List);
            }

            pdf.Begin(PdfBlockLevelElementTag.ListItem);
            pdf.Begin(PdfBlockLevelElementTag.ListBody);
            pdf.Paragraph(title, 9.5f, bold: true);
            pdf.Paragraph(detail, 9, color: Muted, indent: 12);
            pdf.End();
            pdf.End();
            if (i == model.TopActions.Count - 1)
            {
                pdf.End();
            }
        }
    }

    private static void PerceptionGaps(PdfComposer pdf, ReportModel model)
    {
        pdf.NewPage();
        pdf.Heading("Perception gaps: leadership and the front line");
        pdf.Paragraph(model.GapNote);
        if (!model.AnyGapShown)
        {
            pdf.Paragraph("No leadership–frontline comparison can be shown for this assessment.", 10, bold: true);
            return;
        }

        PdfCharts.Dumbbell(pdf, model.Gaps, model.ChartTicks);
        pdf.Table(
            new TableSpec(["Area", "Leadership", "Frontline", "Gap", "Note"], [0.42f, 0.13f, 0.13f, 0.1f, 0.22f]) { RightAlignedColumns = [1, 2, 3] },
            [.. model.Gaps.Select(g => (IReadOnlyList<string>)[g.Domain, ReportModelBuilder.Score(g.Leadership), ReportModelBuilder.Score(g.Frontline),
                g.Gap is { } gap ? gap.ToString("+0.0;-0.0;0.0", Us) : "—", GapWords.Shown(g.Flagged, g.Note)])]);
    }

    private static void Domains(PdfComposer pdf, ReportModel model)
    {
        var spec = new TableSpec(["#", "Practice", "Score", "Don't know", "Consensus"], [0.05f, 0.5f, 0.2f, 0.13f, 0.12f]) { BarColumn = 2, RightAlignedColumns = [3] };
        var first = true;
        foreach (var domain in model.Domains)
        {
            var stats = $"Score {domain.Score} ({domain.Band}) · n = {domain.N.ToString(Us)} · 95% CI {domain.Interval} · Cronbach's alpha {domain.Alpha}";
            var rows = domain.Items.Select((item, index) => (IReadOnlyList<string>)[(index + 1).ToString(Us), item.Text, ReportModelBuilder.Score(item.Score), item.DontKnow, item.LowConsensus ? "low" : string.Empty]).ToList();
            var opening = pdf.HeadingHeight(domain.Title, 14) + pdf.ParagraphHeight(stats, 9.5f, bold: true)
                + (domain.Summary is { } s ? pdf.ParagraphHeight(s, 9.5f) : 0);
            var whole = opening + pdf.TableHeight(spec, rows) + (domain.SuppressionNote is { } n ? pdf.ParagraphHeight(n, 8.5f) : 0);
            if (first)
            {
                pdf.NewPage();
                first = false;
            }

            pdf.EnsureSpace(whole <= PdfComposer.ContentBottom - PdfComposer.ContentTop ? whole + 12 : opening + 80);
            pdf.Space(pdf.Y > PdfComposer.ContentTop ? 12 : 0);
            pdf.Heading(domain.Title, 14, keepWithNext: 0);
            pdf.Paragraph(stats, 9.5f, bold: true);
            if (domain.Summary is { } summary)
            {
                pdf.Paragraph(summary, 9.5f, color: Muted);
            }

            pdf.Table(spec, rows, [.. domain.Items.Select(i => i.Score)]);
            if (domain.SuppressionNote is { } note)
            {
                pdf.Paragraph(note, 8.5f, color: Muted);
            }
        }
    }

    private static void ActionPlan(PdfComposer pdf, ReportModel model)
    {
        pdf.NewPage();
        pdf.Heading("Action plan");
        pdf.Paragraph(model.PlanIntro);
        if (model.SingleView is { } single)
        {
            pdf.Paragraph("One view. " + single, bold: true);
        }

        if (model.FocusAreas.Count > 0)
        {
            pdf.Heading(model.FocusAreasSuggested ? "Focus areas (suggested)" : "Focus areas", 12, keepWithNext: 60);
            pdf.Table(
                new TableSpec(["Focus area", "Score", "Owner", "First-year actions"], [0.42f, 0.12f, 0.3f, 0.16f], 9) { RightAlignedColumns = [1, 3] },
                [.. model.FocusAreas.Select(a => (IReadOnlyList<string>)[a.Title, a.Score, a.Owner, a.Actions.ToString(Us)])]);
        }

        var spec = model.HasRegister
            ? new TableSpec(["Priority", "Action", "Owner", "Success indicator", "Assignee", "Due", "Status"], [0.07f, 0.33f, 0.14f, 0.17f, 0.11f, 0.09f, 0.09f], 8) { BoldFirstLineColumn = 1 }
            : new TableSpec(["Priority", "Action", "Owner", "Success indicator", "Assignee", "Due"], [0.08f, 0.36f, 0.15f, 0.19f, 0.11f, 0.11f], 8) { BoldFirstLineColumn = 1 };
        if (model.FirstSteps.Count > 0)
        {
            pdf.Heading("First steps, before the actions below", 12, keepWithNext: 80);
            pdf.Table(spec, [.. model.FirstSteps.Select(r => Row(r, $"{r.Action}\n{r.Item} · {r.Timeframe}", model.HasRegister))]);
        }

        var focused = model.ActionPlan.Any(group => group.Timeframe.Length == 0);
        var othersOpened = false;
        foreach (var group in model.ActionPlan)
        {
            // Under focus areas, the other first-year actions are one part, by timeframe (H3 under its H2).
            if (focused && group.Timeframe.Length > 0 && !othersOpened)
            {
                pdf.Heading("Other first-year actions", 12, keepWithNext: 100);
                othersOpened = true;
            }

            pdf.Heading(group.Heading, othersOpened ? 11 : 12, keepWithNext: 80, tag: othersOpened ? PdfBlockLevelElementTag.Heading3 : null);
            pdf.Table(spec, [.. group.Rows.Select(r => Row(r, ActionCell(r, withTimeframe: group.Timeframe.Length == 0), model.HasRegister))]);
        }

        pdf.Heading("Keep it going", 14, keepWithNext: 80);
        pdf.Paragraph(model.KeepItGoingIntro);
        if (model.KeepItGoing.Count > 0)
        {
            pdf.Table(spec, [.. model.KeepItGoing.Select(r => Row(r, $"{r.Action}\nPractice: {r.Item} · {r.Timeframe}", model.HasRegister))]);
        }

        if (model.Later.Count > 0)
        {
            pdf.Heading("Later: the rest of the plan", 14, keepWithNext: 80);
            pdf.Paragraph("Actions for after the first year, in priority order, to take up as first-year actions are done.", 9.5f, color: Muted);
            pdf.Table(
                new TableSpec(["Priority", "Action", "Practice", "Owner", "When"], [0.08f, 0.4f, 0.26f, 0.14f, 0.12f], 7.5f),
                [.. model.Later.Select(r => (IReadOnlyList<string>)[r.Rank.ToString(Us), r.Action, r.Item, r.Owner, r.Timeframe])]);
        }
    }

    private static string ActionCell(ActionRow r, bool withTimeframe)
    {
        var practice = withTimeframe ? $"Practice: {r.Item} · {ReportModelBuilder.TimeframeHeading(r.Timeframe)}" : $"Practice: {r.Item}";
        return r.Source.Length == 0 ? $"{r.Action}\n{practice}" : $"{r.Action}\n{practice}\nSource: {r.Source}";
    }

    private static IReadOnlyList<string> Row(ActionRow row, string action, bool withStatus) => withStatus
        ? [row.Rank.ToString(Us), action, row.Owner, row.Indicator, row.Assignee, row.Due, row.Status]
        : [row.Rank.ToString(Us), action, row.Owner, row.Indicator, row.Assignee, row.Due];
}

using System.Globalization;
using SkiaSharp;
using WellnessAssessment.Reports.Model;

namespace WellnessAssessment.Reports.Pdf;

/// <summary>The report's sections, in order, composed from the model.</summary>
internal static class PdfReportLayout
{
    private static readonly SKColor Muted = new(0x4A, 0x55, 0x61);

    public static void Compose(PdfComposer pdf, ReportModel model, ReadOnlyMemory<byte> logo)
    {
        Cover(pdf, model, logo);
        if (model.Include.HasFlag(ReportSections.ExecutiveSummary))
        {
            ExecutiveSummary(pdf, model);
        }

        if (model.Include.HasFlag(ReportSections.PerceptionGaps))
        {
            PerceptionGaps(pdf, model);
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
            pdf.Table([0.46f, 0.12f, 0.12f, 0.12f, 0.18f], ["Area", "Earlier", "Now", "Change", "Note"], trend.Select(r => (IReadOnlyList<string>)[r.Domain, r.Then, r.Now, r.Delta, r.Note]), rightAligned: [false, true, true, true, false]);
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
            pdf.Heading("Sources", 14);
            foreach (var source in model.Sources)
            {
                pdf.Paragraph("• " + source, 9);
            }
        }
    }

    private static void Cover(PdfComposer pdf, ReportModel model, ReadOnlyMemory<byte> logo)
    {
        pdf.NewPage();
        pdf.Block(6, (canvas, top) =>
        {
            using var band = new SKPaint { Color = pdf.Accent };
            canvas.DrawRect(0, 0, PdfComposer.PageWidth, 18, band);
        });
        if (!logo.IsEmpty)
        {
            // Measured now, decoded again when the page is drawn (the layout runs before the document exists).
            using var probe = SKImage.FromEncodedData(logo.Span);
            if (probe is not null)
            {
                var scale = Math.Min(160f / probe.Width, 80f / probe.Height);
                var width = probe.Width * scale;
                var height = probe.Height * scale;
                var bytes = logo.ToArray();
                pdf.Block(height + 20, (canvas, top) =>
                {
                    using var image = SKImage.FromEncodedData(bytes);
                    canvas.DrawImage(image, SKRect.Create(PdfComposer.Margin, top + 10, width, height), new SKSamplingOptions(SKFilterMode.Linear));
                });
            }
        }

        pdf.Space(90);
        pdf.Paragraph(model.AgencyName, 24, bold: true, color: pdf.Accent);
        pdf.Paragraph(model.ReportTitle, 18, bold: true);
        pdf.Paragraph($"{model.InstrumentTitle} · version {model.InstrumentVersion}", 11, color: Muted);
        pdf.Space(30);
        var facts = new List<(string, string)>();
        if (model.Period is { } period)
        {
            facts.Add(("Assessment period", period));
        }

        facts.Add(("Report date", model.CreatedAt.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)));
        facts.Add(("Respondents", model.Respondents.ToString(CultureInfo.InvariantCulture)));
        facts.Add(("Overall score", $"{model.OverallScore} of 100 — {model.OverallBand}"));
        foreach (var (label, value) in facts)
        {
            pdf.Paragraph($"{label}: {value}", 12);
        }
    }

    private static void ExecutiveSummary(PdfComposer pdf, ReportModel model)
    {
        pdf.NewPage();
        pdf.Heading("Executive summary");
        pdf.Table([0.6f, 0.15f, 0.25f], ["", "Score", "Band"],
            [["Overall", model.OverallScore, model.OverallBand], .. model.Sections.Select(s => (IReadOnlyList<string>)[s.Title, s.Score, s.Band])],
            size: 9.5f, rightAligned: [false, true, false]);
        foreach (var section in model.Sections)
        {
            pdf.Paragraph(section.Paragraph);
        }

        PdfCharts.Radar(pdf, model.BuyIn, "The five buy-in components (0–100)");
        PdfCharts.Bars(pdf, model.Crisis, "The six crisis-readiness factors, with 95% confidence intervals");
        pdf.Heading("Strengths", 13);
        if (model.Strengths.Count == 0)
        {
            pdf.Paragraph("No practice scored 80 or more yet.");
        }

        foreach (var strength in model.Strengths)
        {
            pdf.Paragraph("• " + strength);
        }

        pdf.Heading("The five highest-priority actions", 13);
        if (model.TopActions.Count == 0)
        {
            pdf.Paragraph("No action is needed by the method's thresholds.");
        }

        foreach (var action in model.TopActions)
        {
            pdf.Paragraph($"{action.Rank}. {action.Action}", 10, bold: true);
            pdf.Paragraph($"Owner: {action.Owner} · {action.Timeframe} · Success: {action.Indicator}", 9, color: Muted, indent: 12);
        }
    }

    private static void PerceptionGaps(PdfComposer pdf, ReportModel model)
    {
        pdf.NewPage();
        pdf.Heading("Perception gaps: leadership and the front line");
        pdf.Paragraph(model.GapNote);
        PdfCharts.Dumbbell(pdf, model.Gaps);
        pdf.Table([0.44f, 0.13f, 0.13f, 0.1f, 0.2f], ["Area", "Leadership", "Frontline", "Gap", "Note"],
            model.Gaps.Select(g => (IReadOnlyList<string>)[g.Domain, ReportModelBuilder.Score(g.Leadership), ReportModelBuilder.Score(g.Frontline),
                g.Gap is { } gap ? gap.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "—", g.Flagged ? "flagged" : g.Note]),
            rightAligned: [false, true, true, true, false]);
    }

    private static void Domains(PdfComposer pdf, ReportModel model)
    {
        foreach (var domain in model.Domains)
        {
            pdf.EnsureSpace(260);
            if (pdf.Remaining < 600)
            {
                pdf.Space(10);
            }

            pdf.Heading(domain.Title, 14);
            pdf.Paragraph($"Score {domain.Score} ({domain.Band}) · n = {domain.N} · 95% CI {domain.Interval} · Cronbach's alpha {domain.Alpha}", 9.5f, bold: true);
            if (domain.Summary is { } summary)
            {
                pdf.Paragraph(summary, 9.5f, color: Muted);
            }

            PdfCharts.ItemBars(pdf, domain.Items);
            pdf.Table([0.06f, 0.6f, 0.1f, 0.12f, 0.12f], ["#", "Practice", "Score", "Don't know", "Consensus"],
                domain.Items.Select((item, index) => (IReadOnlyList<string>)[(index + 1).ToString(CultureInfo.InvariantCulture), item.Text, ReportModelBuilder.Score(item.Score), item.DontKnow, item.LowConsensus ? "low" : string.Empty]),
                rightAligned: [false, false, true, true, false]);
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
        pdf.Paragraph("Every recommended action, highest priority first within each timeframe. Use the last columns to record who takes each action on and by when.");
        if (model.ActionPlan.Count == 0)
        {
            pdf.Paragraph("No action is needed by the method's thresholds.");
        }

        foreach (var group in model.ActionPlan)
        {
            pdf.Heading($"Within {group.Timeframe}", 12, keepWithNext: 80);
            pdf.Table([0.05f, 0.37f, 0.15f, 0.21f, 0.11f, 0.11f], ["#", "Action", "Owner", "Success indicator", "Assignee", "Due"],
                group.Rows.Select(r => (IReadOnlyList<string>)[r.Rank.ToString(CultureInfo.InvariantCulture), r.Source.Length == 0 ? $"{r.Action}\nPractice: {r.Item}" : $"{r.Action}\nPractice: {r.Item}\nSource: {r.Source}", r.Owner, r.Indicator, string.Empty, string.Empty]),
                size: 8);
        }
    }
}

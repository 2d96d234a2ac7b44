using WellnessAssessment.Instruments;

namespace WellnessAssessment.Tests.Instruments;

public sealed class SurveyTimeEstimateTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Spanish = new() { ["es"] = new Dictionary<string, string> { ["text"] = "Tomamos un descanso cada cuatro horas de turno." } };

    // Title 2 words, levels 3 + 2 + 2, groups 1 + 1, section 1, domain title 1 and summary 4: 17 words around the items.
    private static Instrument Pulse(int items, string statement, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? translations = null) => new()
    {
        Id = "pulse",
        Version = "1.0.0",
        Title = "Team pulse",
        Scale = new ResponseScale { Min = 0, Max = 1, Levels = [new ScaleLevel(0, "Not in place", "Nothing exists."), new ScaleLevel(1, "In place")] },
        Groups = [new RespondentGroup("dispatcher", "Dispatchers"), new RespondentGroup("supervisor", "Supervisors")],
        Sections =
        [
            new Section
            {
                Id = "floor",
                Title = "Floor",
                Domains =
                [
                    new Domain
                    {
                        Id = "breaks",
                        Title = "Breaks",
                        Summary = "Breaks keep people sharp.",
                        Items = [.. Enumerable.Range(1, items).Select(i => new Item { Id = $"breaks.{i}", Text = statement, Recommendations = [], Translations = translations })],
                    },
                ],
            },
        ],
    };

    [Fact]
    public void For_CountsEveryWordARespondentReads_AndOneAnswerPerItemPlusTheGroup()
    {
        var estimate = SurveyTimeEstimate.For(Pulse(2, "Supervisors don't skip breaks — ever."));

        Assert.Equal(new SurveyTimeEstimate(Questions: 3, Words: 17 + 2 * 5, Minutes: 1), estimate);
    }

    [Fact]
    public void For_RoundsUpToWholeMinutes_AndAnExactMinuteStaysExact()
    {
        // 29 items of 13 words and the 17 around them: 394 words / 200 = 1.97 min; 30 answers × 4 s = 2 min.
        var statement = string.Join(' ', Enumerable.Repeat("word", 13));
        Assert.Equal(new SurveyTimeEstimate(30, 394, 4), SurveyTimeEstimate.For(Pulse(29, statement)));

        // Six more words in the title make 400: exactly 4.0 minutes. One more makes 401: 4.005, rounded up to 5.
        Assert.Equal(new SurveyTimeEstimate(30, 400, 4), SurveyTimeEstimate.For(Pulse(29, statement) with { Title = "Team pulse check of the dispatch floor today" }));
        Assert.Equal(new SurveyTimeEstimate(30, 401, 5), SurveyTimeEstimate.For(Pulse(29, statement) with { Title = "Team pulse check of the whole dispatch floor today" }));
    }

    [Fact]
    public void For_InATranslatedLanguage_CountsTheTranslation()
    {
        var instrument = Pulse(1, "We take a break every four hours.", Spanish);

        Assert.Equal(17 + 7, SurveyTimeEstimate.For(instrument).Words);
        Assert.Equal(17 + 7, SurveyTimeEstimate.For(instrument, "fr").Words);
        Assert.Equal(17 + 8, SurveyTimeEstimate.For(instrument, "es").Words);
    }

    [Fact]
    public void For_TheBuiltInInstruments_GivesMinutesFromTheirText()
    {
        var v1 = InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;
        var v2 = InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;

        var first = SurveyTimeEstimate.For(v1);
        var second = SurveyTimeEstimate.For(v2);
        var spanish = SurveyTimeEstimate.For(v2, "es");
        output.WriteLine($"1.0.0: {first}; 2.0.0: {second}; 2.0.0 es: {spanish}");

        Assert.Equal(57, first.Questions);
        Assert.Equal(78, second.Questions);
        Assert.Equal((int)Math.Ceiling((first.Words / 200.0) + (57 * 4 / 60.0)), first.Minutes);
        Assert.Equal((int)Math.Ceiling((second.Words / 200.0) + (78 * 4 / 60.0)), second.Minutes);
        Assert.InRange(second.Words, 1104, 4000); // the statements alone are 1,104 words
        Assert.True(spanish.Words > second.Words, "Spanish takes more words than English");
        Assert.Equal((int)Math.Ceiling((spanish.Words / 200.0) + (78 * 4 / 60.0)), spanish.Minutes);
    }
}

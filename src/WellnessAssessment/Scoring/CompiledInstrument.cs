using WellnessAssessment.Instruments;

namespace WellnessAssessment.Scoring;

/// <summary>An instrument flattened into arrays for scoring: items, domains and sections by index.</summary>
internal sealed class CompiledInstrument
{
    public const int NoPool = 0;
    public const int LeadershipPool = 1;
    public const int FrontlinePool = 2;

    public CompiledInstrument(Instrument instrument)
    {
        Instrument = instrument;
        Sections = [.. instrument.Sections];
        Domains = [.. instrument.Domains];
        Items = [.. instrument.Items];
        Groups = [.. instrument.Groups];

        ItemIndex = new Dictionary<string, int>(Items.Length, StringComparer.Ordinal);
        for (var i = 0; i < Items.Length; i++)
        {
            ItemIndex[Items[i].Id] = i;
        }

        GroupIndex = new Dictionary<string, int>(Groups.Length, StringComparer.Ordinal);
        GroupPool = new int[Groups.Length];
        for (var g = 0; g < Groups.Length; g++)
        {
            GroupIndex[Groups[g].Id] = g;
            GroupPool[g] = Groups[g].Pool switch
            {
                GroupPools.Leadership => LeadershipPool,
                GroupPools.Frontline => FrontlinePool,
                _ => NoPool,
            };
        }

        DomainFirstItem = new int[Domains.Length + 1];
        DomainSection = new int[Domains.Length];
        ItemDomain = new int[Items.Length];
        int domain = 0, item = 0;
        for (var s = 0; s < Sections.Length; s++)
        {
            foreach (var d in Sections[s].Domains)
            {
                DomainSection[domain] = s;
                DomainFirstItem[domain] = item;
                for (var i = 0; i < d.Items.Count; i++)
                {
                    ItemDomain[item++] = domain;
                }

                domain++;
            }
        }

        DomainFirstItem[Domains.Length] = item;
        TotalDomainWeight = Domains.Sum(d => d.Weight);
    }

    public Instrument Instrument { get; }

    public Section[] Sections { get; }

    public Domain[] Domains { get; }

    public Item[] Items { get; }

    public RespondentGroup[] Groups { get; }

    public Dictionary<string, int> ItemIndex { get; }

    public Dictionary<string, int> GroupIndex { get; }

    /// <summary>The pool of each group: <see cref="NoPool"/>, <see cref="LeadershipPool"/> or <see cref="FrontlinePool"/>.</summary>
    public int[] GroupPool { get; }

    /// <summary>The index of each domain's first item; one extra entry holds the item count.</summary>
    public int[] DomainFirstItem { get; }

    public int[] DomainSection { get; }

    public int[] ItemDomain { get; }

    public double TotalDomainWeight { get; }

    public bool HasBothPools => GroupPool.Contains(LeadershipPool) && GroupPool.Contains(FrontlinePool);
}

namespace Pipeline.Core.Metadata;

/// <summary>The credits gathered for one page as the evidence is read: authors and agencies (each once, in any spelling), and what is held back for later.</summary>
internal sealed class CreditList(BylineParser bylines, SiteCredit siteCredit, PageSite site)
{
    public PageSite Site => site;

    public CreditNames Authors { get; } = new();

    public List<string> Agencies { get; } = [];

    /// <summary>An organisation the structured data or the author meta tag credits (an association, an institute, not a news agency): kept when the page names no one.</summary>
    public List<string> Organisations { get; } = [];

    /// <summary>CMS login names from the structured data: they yield to a byline the page shows.</summary>
    public List<string> Handles { get; } = [];

    /// <summary>The structured data's credit to the site itself: only a person-like byline overrides it.</summary>
    public string? SiteCredit { get; set; }

    /// <summary>The byline text as the page shows it.</summary>
    public string? Byline { get; set; }

    /// <summary>True while no author and no agency is credited.</summary>
    public bool Empty => Authors.Count == 0 && Agencies.Count == 0;

    /// <summary>Credits a parsed byline's authors (but the site's name) and its agency credits.</summary>
    public void Add(Byline found)
    {
        foreach (var name in found.Authors.Where(n => !NamesSite(n)))
        {
            Authors.AddOnce(name);
        }

        foreach (var agency in found.Agencies.Where(IsAgencyCredit))
        {
            AddAgency(Agencies, agency);
        }
    }

    public bool NamesSite(string name) => siteCredit.NamesSite(name, site);

    /// <summary>The site's own name is no agency's credit, nor is the CMS's default account ("admin") or a social network's host; its newsroom ("auto-motor.at Redaktion") is.</summary>
    public bool IsAgencyCredit(string name) =>
        !bylines.Names.IsAdministrativeAccount(name) && !siteCredit.NamesSocialNetwork(name)
        && (!siteCredit.NamesSite(name, site) || siteCredit.NamesDesk(name, site.Name));

    /// <summary>Adds an agency unless the list already names it, in any spelling ("Associated Press" and "AP" are one), or it is the CMS's default account ("admin": nobody).</summary>
    public void AddAgency(List<string> agencies, string? name)
    {
        if (name is null || bylines.Names.IsAdministrativeAccount(name))
        {
            return;
        }

        var canonical = bylines.Agencies.Match(name) ?? name;
        if (!agencies.Any(a => string.Equals(bylines.Agencies.Match(a) ?? a, canonical, StringComparison.OrdinalIgnoreCase)))
        {
            agencies.Add(name);
        }
    }
}

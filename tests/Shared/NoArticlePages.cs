namespace Pipeline.Tests.Shared;

/// <summary>Real pages that hold metadata but no article text: the engine quarantines them as NoArticle with what they state.</summary>
internal static class NoArticlePages
{
    /// <summary>The head of a real news page (theargus.co.uk, htmldate set) above a body cut down to its navigation and account links.</summary>
    public const string Paywalled = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <title>Woman hurt after being hit by car in Station Street, Eastbourne | The Argus</title>
        <meta property="og:site_name" content="The Argus" />
        <meta property="og:title" content="Woman seriously injured after being hit by car in town centre" />
        <link rel="canonical" href="https://www.theargus.co.uk/news/18701511.woman-hurt-hit-car-station-street-eastbourne/" />
        <script type="application/ld+json">
        {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "headline": "Woman hurt after being hit by car in Station Street, Eastbourne",
            "datePublished": "2020-09-06T19:23:03Z",
            "dateModified": "2020-09-06T19:23:03Z",
            "author": { "@type": "Person", "name": "Harry Bullmore" }
        }
        </script>
        </head><body>
        <nav><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/albion/">Albion</a></li></ul></nav>
        <div class="account"><a href="/register">Register</a> <a href="/signin">Sign in</a></div>
        </body></html>
        """;

}

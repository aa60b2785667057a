using Pipeline.Evaluation.Datasets;
using Pipeline.Evaluation.Running;
using Pipeline.Tests.Shared;

namespace Pipeline.Evaluation.Tests.Datasets;

public sealed class DatasetLoaderTests
{
    [Theory]
    [InlineData("aeb", DatasetKind.Aeb, 118)]
    [InlineData("aeb-text", DatasetKind.AebText, 118)]
    [InlineData("fundus", DatasetKind.Fundus, 186)]
    [InlineData("fundus-eval", DatasetKind.FundusEval, 55)]
    [InlineData("trafilatura", DatasetKind.Trafilatura, 731)]
    [InlineData("htmldate", DatasetKind.Htmldate, 729)]
    [InlineData("readability", DatasetKind.Readability, 93)]
    public void Every_dataset_is_recognised_and_all_its_pages_exist(string folder, DatasetKind kind, int pages)
    {
        var dataset = DatasetLoader.Load(Path.Combine(RepositoryPaths.Datasets, folder));

        Assert.Equal(kind, dataset.Kind);
        Assert.Equal(pages, dataset.Pages.Count);
        Assert.All(dataset.Pages, p => Assert.True(File.Exists(p.FilePath), p.FilePath));
    }

    [Fact]
    public void A_renamed_folder_is_recognised_by_its_files()
    {
        var folder = Directory.CreateTempSubdirectory("eval-detect-");
        try
        {
            File.Copy(Path.Combine(RepositoryPaths.Datasets, "fundus-eval", "ground-truth.json"), Path.Combine(folder.FullName, "ground-truth.json"));

            Assert.Equal(DatasetKind.FundusEval, DatasetLoader.Detect(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Trafilatura_labels_split_authors_count_comments_as_boilerplate_and_skip_empty_fields()
    {
        var dataset = DatasetLoader.Load(Path.Combine(RepositoryPaths.Datasets, "trafilatura"));

        var tagesschau = dataset.Pages.Single(p => p.Id == "https://www.tagesschau.de/investigativ/ndr/rheinmetall-datenleck-101.html");
        Assert.Equal(["Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz", "NDR"], tagesschau.Labels.Authors);
        // Names joined by "und"/"and" in one label are apart, as the dataset's README allows; "Roland" keeps its "and".
        Assert.Equal(["Benjamin Fischer", "Marcus Theurer"], dataset.Pages.Single(p => p.Id.Contains("musik-stars-fordern", StringComparison.Ordinal)).Labels.Authors);
        Assert.Equal(["David Brand", "Ramsey Khalifeh"], dataset.Pages.Single(p => p.Id.Contains("rezoning-plan-plagues", StringComparison.Ordinal)).Labels.Authors);
        Assert.Equal(["Von Roland Brockmann", "Sebastian Drescher"], dataset.Pages.Single(p => p.Id.Contains("streit-ums-feuerholz", StringComparison.Ordinal)).Labels.Authors);
        Assert.Equal(396, dataset.Pages.Count(p => p.Labels.Authors is not null));
        Assert.Equal(534, dataset.Pages.Count(p => p.Labels.Date is not null));
        Assert.Equal(612, dataset.Pages.Count(p => p.Labels.Title is not null));
        var withComments = dataset.Pages.First(p => p.Labels.Snippets!.Without.Count > 6);
        Assert.True(withComments.Labels.Snippets!.Without.Count > 6);
    }

    [Fact]
    public void Fundus_eval_optional_paragraphs_give_a_second_body_without_them_and_lose_their_brackets()
    {
        var variants = FundusEvalDatasetReader.BodyVariants(["Lead", "[Optional summary]", "Body"]);

        Assert.Equal(["Lead\nOptional summary\nBody", "Lead\nBody"], variants);
        Assert.Equal(["Lead\nBody"], FundusEvalDatasetReader.BodyVariants(["Lead", "Body"]));
    }

    [Fact]
    public void Fundus_names_withhold_the_capture_date_and_pass_the_crawl_time()
    {
        var dataset = DatasetLoader.Load(Path.Combine(RepositoryPaths.Datasets, "fundus"));

        var page = dataset.Pages.Single(p => p.Id == "at/DerStandard_2024_05_03");
        Assert.Equal("at/DerStandard.html", page.InputName);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 18, 19, 8, 721, TimeSpan.Zero).AddTicks(3700), page.LastModified);
        Assert.Equal(["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"], page.Labels.Authors);
        Assert.Equal("2024-05-03 15:47:42.389000+00:00", page.Labels.Date!.Value);
    }

    [Fact]
    public async Task Htmldate_pages_stored_in_trafilatura_are_read_from_there_and_not_utf8_pages_arrive_as_raw_bytes()
    {
        var dataset = DatasetLoader.Load(Path.Combine(RepositoryPaths.Datasets, "htmldate"));

        Assert.Equal(405, dataset.Pages.Count(p => p.FilePath.Contains("/trafilatura/html/", StringComparison.Ordinal)));
        Assert.Equal(3, dataset.Pages.Count(p => p.Labels.Date!.Value is null));
        var loaded = await LoadedPage.LoadAsync(dataset, 5, CancellationToken.None);
        Assert.All(loaded, p => Assert.Contains("<", System.Text.Encoding.Latin1.GetString(p.Content), StringComparison.Ordinal));
    }
}

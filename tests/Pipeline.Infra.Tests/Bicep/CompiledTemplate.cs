using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pipeline.Infra.Tests.Bicep;

/// <summary>main.bicep compiled once to ARM JSON, with its resources flattened across the module deployments.</summary>
public sealed partial class CompiledTemplate : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pipeline-bicep-").FullName;

    public CompiledTemplate()
    {
        var output = Path.Combine(_directory, "main.json");
        Build = BicepCli.Run("build", InfraPaths.MainBicep, "--outfile", output);
        if (Build.ExitCode != 0)
        {
            throw new InvalidOperationException("bicep build failed: " + Build.StandardError);
        }

        Json = JsonNode.Parse(File.ReadAllText(output))!.AsObject();
        Text = File.ReadAllText(output);
        Resources = Flatten(Json, parent: null).ToList();
    }

    public BicepRun Build { get; }

    public JsonObject Json { get; }

    public string Text { get; }

    /// <summary>Every resource, in the root template and in the templates of module deployments.</summary>
    public IReadOnlyList<TemplateResource> Resources { get; }

    public IEnumerable<TemplateResource> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The literal GUIDs an expression names, directly or through the template's variables (arrays fan out, as a copy loop does).</summary>
    public static IEnumerable<string> ResolveGuids(string expression, JsonObject template)
    {
        foreach (Match guid in GuidPattern().Matches(expression))
        {
            yield return guid.Value.ToLowerInvariant();
        }

        foreach (Match variable in VariablePattern().Matches(expression))
        {
            var value = template["variables"]?[variable.Groups[1].Value];
            var values = value is JsonArray array ? array.Select(item => item!.GetValue<string>()) : value is null ? [] : [value.GetValue<string>()];
            foreach (var item in values)
            {
                foreach (var resolved in ResolveGuids(item, template))
                {
                    yield return resolved;
                }
            }
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static IEnumerable<TemplateResource> Flatten(JsonObject template, TemplateResource? parent)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(node => node!.AsObject()),
            JsonObject map => map.Select(pair => pair.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            var current = new TemplateResource(resource, template, parent);
            yield return current;
            if (current.Type == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var child in Flatten(nested, current))
                {
                    yield return child;
                }
            }
        }
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariablePattern();
}

/// <summary>A resource of the compiled template, with the template that declares it and the module deployment holding that template.</summary>
public sealed record TemplateResource(JsonObject Json, JsonObject Template, TemplateResource? Deployment)
{
    public string Type => Json["type"]!.GetValue<string>();

    public JsonNode? Properties => Json["properties"];

    /// <summary>The value the parent deployment passes for a module parameter (an expression string).</summary>
    public string? ArgumentOf(string parameterName) =>
        Deployment?.Json["properties"]?["parameters"]?[parameterName]?["value"]?.ToString();
}

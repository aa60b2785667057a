using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pipeline.LocalHost;

/// <summary>Serves <c>/api/*</c> the way the host does for HTTP triggers: match the route, post <c>Data.req</c> to the handler, answer from <c>Outputs.res</c>.</summary>
public static class HttpTriggerGateway
{
    public static WebApplication Build(int port, FunctionCatalog catalog, HttpClient http, Func<Uri> handlerAddress)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var functions = catalog.OfType("httpTrigger").ToList();
        app.Map("/" + catalog.RoutePrefix + "/{**path}", async (HttpContext context, string? path) =>
        {
            foreach (var function in functions)
            {
                if ((function.Methods.Count == 0 || function.Methods.Contains(context.Request.Method.ToUpperInvariant()))
                    && RouteTemplate.TryMatch(function.Route ?? function.Name, path ?? "", out var routeParams))
                {
                    await InvokeAsync(context, function, routeParams, http, handlerAddress()).ConfigureAwait(false);
                    return;
                }
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
        });
        return app;
    }

    private static async Task InvokeAsync(HttpContext context, FunctionDefinition function, IReadOnlyDictionary<string, string> routeParams, HttpClient http, Uri handler)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var url = new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}{context.Request.QueryString}");
        var payload = InvocationPayloads.HttpTrigger(
            function.BindingName,
            url,
            context.Request.Method,
            context.Request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString())),
            context.Request.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value.Select(v => v ?? "").ToArray())),
            routeParams,
            body.Length == 0 ? null : body);

        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync(new Uri(handler, function.Name), payload, context.RequestAborted).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                // The host answers 500 when the invocation failed.
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }

            using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(context.RequestAborted).ConfigureAwait(false));
            if (!document.RootElement.TryGetProperty("Outputs", out var outputs) || !outputs.TryGetProperty("res", out var res))
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }

            context.Response.StatusCode = res.TryGetProperty("statusCode", out var status) ? status.GetInt32() : 200;
            if (res.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Object)
            {
                foreach (var header in headers.EnumerateObject())
                {
                    context.Response.Headers[header.Name] = header.Value.GetString();
                }
            }

            if (res.TryGetProperty("body", out var resBody) && resBody.ValueKind == JsonValueKind.String)
            {
                await context.Response.WriteAsync(resBody.GetString()!, context.RequestAborted).ConfigureAwait(false);
            }
        }
    }
}

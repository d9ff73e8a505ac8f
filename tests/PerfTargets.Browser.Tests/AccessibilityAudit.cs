using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PerfTargets.Browser.Tests;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) over every page the browser tests visit: each page of a
/// context made by <see cref="BrowserSession"/> is checked once it has loaded, once per kind of page
/// (its path with the numbers taken out, and the names of its query's fields). A page left or closed
/// before its check ended is checked on a later visit. Serious and critical findings fail the test
/// class that visited the page (<see cref="BrowserTest"/>); the pages checked are listed in
/// <c>artefacts/axe-pages.txt</c>.
/// </summary>
public sealed partial class AccessibilityAudit
{
    /// <summary>Each kind of page checked, with its serious and critical findings in words.</summary>
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> checkedPages = new();
    private readonly ConcurrentQueue<string> findings = new();
    private readonly List<Task> running = [];
    private readonly Lock gate = new();

    /// <summary>
    /// Not checked: the API's reference page is swagger-ui as Swashbuckle ships it (its grey version
    /// labels and unlabelled server choice are findings of that project's page, for developers, not
    /// of a page a clerk uses).
    /// </summary>
    public const string ThirdPartyPages = "/api/docs";

    /// <summary>The impacts that fail a test; minor and moderate findings are left to people.</summary>
    public static readonly string[] FailingImpacts = ["serious", "critical"];

    /// <summary>
    /// Only violations are gathered with their elements: axe then reports one element of each passed
    /// or inapplicable rule instead of every one, which on the editor's hundreds of fields was most of
    /// the time a check took, in the page, in Playwright's driver and here.
    /// </summary>
    private static AxeRunOptions ViolationsOnly() => new() { ResultTypes = [ResultType.Violations] };

    /// <summary>Checks each page of this context whenever it has loaded.</summary>
    public void Watch(IBrowserContext context) => context.Page += (_, page) => page.Load += (_, _) =>
    {
        lock (gate)
        {
            running.Add(CheckAsync(page));
        }
    };

    /// <summary>The kind of page an address shows: /declarations/12/edit → /declarations/{n}/edit; null for what axe should not read.</summary>
    public static string? KindOf(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            return null;
        }

        if (address.AbsolutePath.StartsWith(ThirdPartyPages, StringComparison.Ordinal))
        {
            return null;
        }

        var path = Number().Replace(address.AbsolutePath, "{n}");
        var fields = address.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=')[0]).Order(StringComparer.Ordinal);
        var query = string.Join("&", fields);
        return query.Length == 0 ? path : $"{path}?{query}";
    }

    /// <summary>
    /// The serious and critical findings on the page: those of the check made when this kind of page
    /// loaded, or of a check run now if that one did not finish (the page was left before it ended).
    /// </summary>
    public async Task<IReadOnlyList<string>> FindingsOnAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await WaitForChecksAsync();
        var kind = KindOf(page.Url) ?? page.Url;
        return checkedPages.TryGetValue(kind, out var found) ? found : Describe(kind, await RunAsync(page));
    }

    /// <summary>
    /// Runs axe on the page as it is now, after the checks this audit started on loaded pages: axe runs
    /// once at a time in a page, and a check of the page's load may still be under way.
    /// </summary>
    public async Task<AxeResult> RunAsync(IPage page, AxeRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        for (var attempt = 1; ; attempt++)
        {
            await WaitForChecksAsync();
            try
            {
                return await page.RunAxe(options ?? ViolationsOnly());
            }
            catch (PlaywrightException e) when (attempt < 5 && e.Message.Contains("Axe is already running", StringComparison.Ordinal))
            {
                // A check of the page's load began after the wait above; wait for it in turn.
            }
        }
    }

    private static List<string> Describe(string kind, AxeResult result) =>
        result.Violations
            .Where(violation => FailingImpacts.Contains(violation.Impact))
            .Select(violation => $"{kind}: [{violation.Impact}] {violation.Id} — {violation.Help}" + string.Concat(
                violation.Nodes.Take(5).Select(node => $"{Environment.NewLine}    {string.Join(" ", node.Target?.ToString() ?? string.Empty)} {node.Html}")))
            .ToList();

    private async Task CheckAsync(IPage page)
    {
        var kind = KindOf(page.Url);
        if (kind is null || checkedPages.ContainsKey(kind))
        {
            return;
        }

        AxeResult result;
        try
        {
            result = await page.RunAxe(ViolationsOnly());
        }
        catch (PlaywrightException)
        {
            // The test moved on (a click that navigates, a closed context) before the check ended.
            return;
        }

        var described = Describe(kind, result);
        if (checkedPages.TryAdd(kind, described))
        {
            foreach (var finding in described)
            {
                findings.Enqueue(finding);
            }
        }
    }

    /// <summary>Waits for the checks under way; fails with every serious or critical finding since the last call.</summary>
    public async Task AssertNoSeriousFindingsAsync()
    {
        await WaitForChecksAsync();
        await File.WriteAllLinesAsync(Artefacts.PathOf("axe-pages.txt"), checkedPages.Keys.Order(StringComparer.Ordinal));
        var found = new List<string>();
        while (findings.TryDequeue(out var finding))
        {
            found.Add(finding);
        }

        found.ShouldBeEmpty("axe-core found serious or critical accessibility problems on the pages visited");
    }

    /// <summary>Waits for the checks started so far (each ends quietly, whatever happened to its page).</summary>
    private async Task WaitForChecksAsync()
    {
        Task[] pending;
        lock (gate)
        {
            pending = [.. running];
            running.Clear();
        }

        await Task.WhenAll(pending);
    }

    /// <summary>The kinds of page checked so far.</summary>
    public IReadOnlyCollection<string> CheckedPages => checkedPages.Keys.ToList();

    [GeneratedRegex(@"(?<=/)\d+(?=/|$)")]
    private static partial Regex Number();
}

/// <summary>A browser test class: when its cases are done, no page they visited may have a serious or critical axe finding.</summary>
public abstract class BrowserTest : IAsyncLifetime
{
    /// <summary>The shared session whose pages were visited.</summary>
    protected abstract BrowserSession Session { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Session.Accessibility.AssertNoSeriousFindingsAsync();
}

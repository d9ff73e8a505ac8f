namespace PerfTargets.Web.Viewing;

/// <summary>
/// The page links a pager shows (分页): the first and the last page, and the current one with its
/// neighbours; a null marks the gap between them. Never every page: a list of 10,000 declarations
/// has 500 of them.
/// </summary>
public static class PageWindow
{
    public const int Neighbours = 2;

    public static IReadOnlyList<int?> Of(int current, int pageCount)
    {
        var shown = new SortedSet<int> { 1, pageCount };
        for (var page = current - Neighbours; page <= current + Neighbours; page++)
        {
            if (page >= 1 && page <= pageCount)
            {
                shown.Add(page);
            }
        }

        var links = new List<int?>();
        foreach (var page in shown)
        {
            if (links.Count > 0 && page > links[^1] + 1)
            {
                links.Add(null);
            }

            links.Add(page);
        }

        return links;
    }
}

using PerfTargets.Web.Viewing;

namespace PerfTargets.Web.Tests.Pages.Declarations;

public class PageWindowTests
{
    [Fact]
    public void A_short_list_links_every_page() =>
        PageWindow.Of(2, 4).ShouldBe([1, 2, 3, 4]);

    [Fact]
    public void A_list_of_500_pages_links_the_ends_and_the_neighbours_of_the_current_page()
    {
        PageWindow.Of(250, 500).ShouldBe([1, null, 248, 249, 250, 251, 252, null, 500]);
        PageWindow.Of(1, 500).ShouldBe([1, 2, 3, null, 500]);
        PageWindow.Of(500, 500).ShouldBe([1, null, 498, 499, 500]);
    }

    [Fact]
    public void No_gap_is_shown_where_no_page_is_left_out() =>
        PageWindow.Of(4, 500).ShouldBe([1, 2, 3, 4, 5, 6, null, 500]);

    [Fact]
    public void One_page_is_one_link() =>
        PageWindow.Of(1, 1).ShouldBe([1]);
}

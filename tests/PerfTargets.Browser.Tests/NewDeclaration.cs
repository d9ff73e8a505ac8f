using Microsoft.Playwright;

namespace PerfTargets.Browser.Tests;

/// <summary>新建申报表 through its page, as a filer does; the new declaration's editor is open when it returns.</summary>
internal static class NewDeclaration
{
    /// <param name="framework">The 指标体系 as the list names it; null keeps the year's default.</param>
    public static async Task CreateAsync(IPage page, string year, string projectName, string? framework = null)
    {
        await page.GotoAsync("/declarations/new");
        await page.GetByLabel("预算年度").FillAsync(year);
        await page.GetByLabel("项目名称").FillAsync(projectName);
        if (framework is not null)
        {
            await page.GetByLabel("指标体系").SelectOptionAsync(new SelectOptionValue { Label = framework });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "新建并填写" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
    }
}

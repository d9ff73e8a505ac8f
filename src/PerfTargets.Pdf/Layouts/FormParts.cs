using System.Globalization;
using PerfTargets.Core.Declarations;
using PerfTargets.Core.Money;
using PerfTargets.Pdf.Composition.Fluent;
using PerfTargets.Pdf.Composition.Text;
using SkiaSharp;

namespace PerfTargets.Pdf.Layouts;

/// <summary>The parts every 申报表 layout shares: the page, the title block, the 审核意见 boxes, the footer and the 草稿 watermark.</summary>
internal static class FormParts
{
    private static readonly SKColor WatermarkInk = new(0xC8, 0x1E, 0x28, 0x30);
    private static readonly SKColor FooterInk = new(0x55, 0x55, 0x55);

    /// <summary>A4 with the margins of the official forms, page numbers at the foot and the watermark on a draft.</summary>
    public static void Page(PageDescriptor page, DeclarationPrint print, bool landscape = false)
    {
        page.Size(landscape ? PageSizes.A4Landscape : PageSizes.A4);
        page.Margin(42, 40, 42, 34);
        page.Footer().PaddingTop(6).Row(row =>
        {
            var footer = new TextStyle(7.5f, Color: FooterInk);
            row.RelativeItem().Text(VersionNote(print), footer);
            row.ConstantItem(90).Text(t =>
            {
                t.Align(TextAlignment.Center);
                t.Span("第 ", footer);
                t.CurrentPageNumber(footer);
                t.Span(" 页 共 ", footer);
                t.TotalPages(footer);
                t.Span(" 页", footer);
            });
            row.RelativeItem().Text(string.Empty, footer);
        });
        if (print.IsDraft)
        {
            page.Foreground().Rotate(-35).AlignCenter().AlignMiddle().Text("草稿", new TextStyle(120, Bold: true, Color: WatermarkInk), TextAlignment.Center);
        }
    }

    private static string VersionNote(DeclarationPrint print) => print.VersionNumber is { } number
        ? $"第 {number} 版" + (print.Verification is { } mark ? $" · {mark.ContentHash[..12]}" : string.Empty)
        : "草稿，未提交";

    /// <summary>The form's title, （20XX年度） under it, and the line with 填报单位（盖章） and the money unit, stamped once submitted.</summary>
    public static void TitleBlock(IContainer container, DeclarationPrint print, string title, string unitPrefix = "单位：")
    {
        var declaration = print.Declaration;
        container.Column(column =>
        {
            if (print.Batch is { } batch)
            {
                column.Item().Section(batch.Section);
                column.Item().PaddingBottom(8).Text(batch.Heading, FormStyle.Heading);
            }

            column.Item().Text(title, FormStyle.Title, TextAlignment.Center);
            column.Item().PaddingTop(4).Text($"（{declaration.BudgetYear.ToString(CultureInfo.InvariantCulture)}年度）", FormStyle.Subtitle, TextAlignment.Center);
            column.Item().PaddingTop(10).Element(c => FilerLine(c, print, $"填报单位（盖章）：{print.DepartmentName}", unitPrefix));
        });
    }

    /// <summary>
    /// The line above the grid: the filing unit as the form words it at the left, stamped with the
    /// department's seal once submitted, and the money unit at the right.
    /// </summary>
    public static void FilerLine(IContainer container, DeclarationPrint print, string filer, string unitPrefix = "单位：") =>
        container.PaddingBottom(4).Row(row =>
        {
            row.RelativeItem().Layers(layers =>
            {
                layers.PrimaryLayer().Text(filer, FormStyle.Body);
                if (StampImages.Of(print.DepartmentSeal) is { } seal)
                {
                    layers.Layer().Stamp(seal, 96, across: 0.3f);
                }
            });
            row.ConstantItem(120).Text($"{unitPrefix}{print.Declaration.MoneyUnit.Label()}", FormStyle.Body, TextAlignment.Right);
        });

    /// <summary>
    /// The body rows of an indicator grid whose first two columns are 一级 and 二级: the 一级 name
    /// merged down its rows, the 二级 merged down its own, and each 三级's cells as <paramref name="cells"/>
    /// adds them (they take the row's free places from the third column on).
    /// </summary>
    public static void IndicatorRows(TableDescriptor table, IEnumerable<Indicator> indicators, Action<Indicator> cells)
    {
        foreach (var level1 in IndicatorTree.Build(indicators).Level1s)
        {
            table.Cell().RowSpan(level1.RowCount).LabelCell(level1.Name);
            foreach (var level2 in level1.Level2s)
            {
                table.Cell().RowSpan(level2.Indicators.Count).CentredCell(level2.Name);
                foreach (var indicator in level2.Indicators)
                {
                    cells(indicator);
                }
            }
        }
    }

    /// <summary>
    /// One 审核意见 box per review section, side by side: empty, with 盖章 and date to be filled, until
    /// the section approved; then its opinion, reviewer and date with its seal pressed over them.
    /// </summary>
    public static void ReviewBoxes(IContainer container, DeclarationPrint print)
    {
        if (print.Reviews.Count == 0)
        {
            return;
        }

        container.PaddingTop(8).Table(table =>
        {
            foreach (var _ in print.Reviews)
            {
                table.RelativeColumn();
            }

            foreach (var review in print.Reviews)
            {
                table.Cell().LabelCell($"{review.SectionName}审核意见");
            }

            foreach (var review in print.Reviews)
            {
                table.Cell().Border(FormStyle.Rule).MinHeight(96).Layers(layers =>
                {
                    layers.PrimaryLayer().Padding(5, 4).Column(box =>
                    {
                        box.Item().MinHeight(44).Text(review.Opinion, FormStyle.Body);
                        box.Item().AlignRight().Text(review.Approved ? $"审核人：{review.Reviewer}" : "（盖章）", FormStyle.Body, TextAlignment.Right);
                        box.Item().AlignRight().Text(review.Date is { } date ? ChineseDate(date) : "年　　月　　日", FormStyle.Body, TextAlignment.Right);
                    });
                    if (review.Approved && StampImages.Of(review.Seal) is { } seal)
                    {
                        layers.Layer().Stamp(seal, 84, across: 0.62f);
                    }
                });
            }
        });
    }

    public static string ChineseDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}

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
            row.RelativeItem().Text(VersionNote(print), FooterText);
            row.ConstantItem(90).Element(PageNumber);
            row.RelativeItem().Text(string.Empty, FooterText);
        });
        if (print.IsDraft)
        {
            page.Foreground().Rotate(-35).AlignCenter().AlignMiddle().Text("草稿", new TextStyle(120, Bold: true, Color: WatermarkInk), TextAlignment.Center);
        }
    }

    private static TextStyle FooterText { get; } = new(7.5f, Color: FooterInk);

    /// <summary>
    /// 第 n 页 共 m 页, centred: the one page number of every printed page, a department's contents and
    /// 部门整体绩效目标 as well as its project forms, so that the document reads as one.
    /// </summary>
    public static void PageNumber(IContainer container) => container.Text(t =>
    {
        t.Align(TextAlignment.Center);
        t.Span("第 ", FooterText);
        t.CurrentPageNumber(FooterText);
        t.Span(" 页 共 ", FooterText);
        t.TotalPages(FooterText);
        t.Span(" 页", FooterText);
    });

    private static string VersionNote(DeclarationPrint print) => print.VersionNumber is { } number
        ? $"第 {number} 版" + (print.AdjustedOn is { } adjusted ? " " + FormText.Adjusted(adjusted) : string.Empty)
            + (print.Verification is { } mark ? $" · {mark.ContentHash[..12]}" : string.Empty)
        : "草稿，未提交";

    /// <summary>
    /// The form's title, （20XX年度） under it (or the form's own <paramref name="yearLine"/>), and the line
    /// with 填报单位（盖章） and the money unit, stamped once submitted.
    /// </summary>
    public static void TitleBlock(IContainer container, DeclarationPrint print, string title, string unitPrefix = "单位：", string? yearLine = null)
    {
        var declaration = print.Declaration;
        container.Column(column =>
        {
            BatchHeading(column, print);
            Heading(column, title, yearLine ?? $"（{declaration.BudgetYear.ToString(CultureInfo.InvariantCulture)}年度）");
            column.Item().PaddingTop(10).Element(c => FilerLine(c, print, $"填报单位（盖章）：{print.DepartmentName}", unitPrefix));
        });
    }

    /// <summary>In a department's document, the heading above a form (第二部分 …, 1、…绩效目标表), where its contents line points.</summary>
    public static void BatchHeading(ColumnDescriptor column, DeclarationPrint print)
    {
        if (print.Batch is { } batch)
        {
            column.Item().Section(batch.Section);
            column.Item().PaddingBottom(8).Text(batch.Heading, FormStyle.Heading);
        }
    }

    /// <summary>How wide the department's seal prints over 填报单位（盖章）, about 3 cm.</summary>
    public const float DepartmentSealDiameter = 84;

    /// <summary>
    /// The line above the grid: the filing unit as the form words it at the left, stamped with the
    /// department's seal once submitted, and the money unit at the right. A stamped line is as tall
    /// as the seal, its text centred in it, so that the seal covers the unit's name and neither the
    /// title above nor the grid's values below.
    /// </summary>
    public static void FilerLine(IContainer container, DeclarationPrint print, string filer, string unitPrefix = "单位：")
    {
        var seal = StampImages.Of(print.DepartmentSeal);
        container.PaddingBottom(4).MinHeight(seal is null ? 0 : DepartmentSealDiameter).Row(row =>
        {
            row.RelativeItem().Layers(layers =>
            {
                layers.PrimaryLayer().AlignMiddle().Text(filer, FormStyle.Body);
                if (seal is not null)
                {
                    layers.Layer().Stamp(seal, DepartmentSealDiameter, across: 0.3f);
                }
            });
            row.ConstantItem(120).AlignRight().AlignMiddle().Text($"{unitPrefix}{print.Declaration.MoneyUnit.Label()}", FormStyle.Body, TextAlignment.Right);
        });
    }

    /// <summary>
    /// The head of a further sheet of a form printed in several (seed 001's 绩效目标 and 制度保障): its
    /// title and year, then 项目名称 where the first sheet has the stamped unit, and the money unit
    /// when the sheet shows amounts.
    /// </summary>
    public static void SheetTitleBlock(IContainer container, DeclarationPrint print, string title, string yearLine, string? unitPrefix)
    {
        var declaration = print.Declaration;
        container.Column(column =>
        {
            Heading(column, title, yearLine);
            column.Item().PaddingTop(10).PaddingBottom(4).Row(row =>
            {
                row.RelativeItem().Text($"项目名称：{declaration.ProjectName}", FormStyle.Body);
                if (unitPrefix is not null)
                {
                    row.ConstantItem(120).Text($"{unitPrefix}{declaration.MoneyUnit.Label()}", FormStyle.Body, TextAlignment.Right);
                }
            });
        });
    }

    private static void Heading(ColumnDescriptor column, string title, string yearLine)
    {
        column.Item().Text(title, FormStyle.Title, TextAlignment.Center);
        column.Item().PaddingTop(4).Text(yearLine, FormStyle.Subtitle, TextAlignment.Center);
    }

    /// <summary>
    /// One 审核意见 box per review section, side by side: empty, with 盖章 and date to be filled, until
    /// the section approved; then its opinion, reviewer and date with its seal pressed over them.
    /// </summary>
    public static void ReviewBoxes(IContainer container, DeclarationPrint print) => ReviewBoxes(container, print.Reviews);

    /// <inheritdoc cref="ReviewBoxes(IContainer, DeclarationPrint)"/>
    public static void ReviewBoxes(IContainer container, IReadOnlyList<ReviewBox> reviews)
    {
        if (reviews.Count == 0)
        {
            return;
        }

        container.PaddingTop(8).Table(table =>
        {
            foreach (var _ in reviews)
            {
                table.RelativeColumn();
            }

            foreach (var review in reviews)
            {
                table.Cell().LabelCell($"{review.SectionName}审核意见");
            }

            foreach (var review in reviews)
            {
                table.Cell().Element(cell => ReviewOpinion(cell, review));
            }
        });
    }

    /// <summary>
    /// The ruled box of one section's 审核意见: empty, with （盖章） and the date to be filled, until the
    /// section approved; then its opinion, reviewer and date with its seal pressed over them.
    /// </summary>
    public static void ReviewOpinion(IContainer cell, ReviewBox review) =>
        cell.Border(FormStyle.Rule).MinHeight(96).Layers(layers =>
        {
            layers.PrimaryLayer().Padding(5, 4).Column(box =>
            {
                box.Item().MinHeight(44).Text(review.Opinion, FormStyle.Body);
                box.Item().AlignRight().Text(review.Approved ? $"审核人：{review.Reviewer}" : "（盖章）", FormStyle.Body, TextAlignment.Right);
                box.Item().AlignRight().Text(review.Date is { } date ? FormText.ChineseDate(date) : "年　　月　　日", FormStyle.Body, TextAlignment.Right);
            });
            if (review.Approved && StampImages.Of(review.Seal) is { } seal)
            {
                layers.Layer().Stamp(seal, 84, across: 0.62f);
            }
        });

    /// <summary>
    /// A section label merged down the left of a table (项目支出预算明细, 长期绩效指标): a body cell spanning
    /// all <paramref name="rows"/>, drawn again with its label on each page the table reaches. Above
    /// it, the header row's first cell: the column's own <paramref name="heading"/> (seed 001's 项目构成),
    /// or, without one, a cell open at the foot so that the label reads as one merged cell with it, and
    /// the label itself when the table has no rows. Call it before the table's other header cells.
    /// </summary>
    public static void MergedLabel(TableDescriptor table, string? heading, string label, int rows)
    {
        if (heading is not null)
        {
            table.HeaderCell().LabelCell(heading);
        }
        else if (rows == 0)
        {
            table.HeaderCell().LabelCell(label);
        }
        else
        {
            table.HeaderCell().Border(FormStyle.Rule, FormStyle.Rule, FormStyle.Rule, 0);
        }

        if (rows > 0)
        {
            table.Cell().Row(1).Column(1).RowSpan(rows).Border(FormStyle.Rule, heading is null ? 0 : FormStyle.Rule, FormStyle.Rule, FormStyle.Rule)
                .Padding(3, 2.5f).AlignCenter().AlignMiddle().Text(label, FormStyle.Label, TextAlignment.Center);
        }
    }

    /// <summary>
    /// The body of an indicator grid, one row per 三级 from row 1: the 一级 and 二级 cells merged down
    /// their rows in the given columns (counted from 1), and <paramref name="indicatorRow"/> filling
    /// the rest of each 三级's row. There are as many rows as the tree has (<see cref="PrintedIndicators"/>).
    /// </summary>
    public static void IndicatorRows(TableDescriptor table, IndicatorTree tree, int level1Column, int level2Column, Action<Indicator, int> indicatorRow)
    {
        var row = 1;
        foreach (var level1 in tree.Level1s)
        {
            table.Cell().Row(row).Column(level1Column).RowSpan(level1.RowCount).Level1Cell(level1.Name);
            foreach (var level2 in level1.Level2s)
            {
                table.Cell().Row(row).Column(level2Column).RowSpan(level2.Indicators.Count).Level2Cell(level2.Name);
                foreach (var indicator in level2.Indicators)
                {
                    indicatorRow(indicator, row);
                    row++;
                }
            }
        }
    }

    /// <summary>The line under a form that its people sign or fill: 填报人：… 联系电话：… 填报日期：…, spread across the width.</summary>
    public static void SignatureLine(IContainer container, params (string Label, string? Value)[] fields) =>
        container.PaddingTop(8).Row(row =>
        {
            for (var i = 0; i < fields.Length; i++)
            {
                var alignment = i == 0 ? TextAlignment.Left : i == fields.Length - 1 ? TextAlignment.Right : TextAlignment.Center;
                row.RelativeItem().Text($"{fields[i].Label}：{fields[i].Value}", FormStyle.Body, alignment);
            }
        });
}

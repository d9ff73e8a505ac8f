namespace PerfTargets.Pdf.Layouts;

/// <summary>
/// 项目绩效目标申报表 as the district form of seed 000 (芦淞区, 2017) prints it: the project's header
/// fields, 项目资金申请 (以前年度已安排 beside this year), the 项目支出预算明细 lines, 长期 and 年度
/// goals, the 长期 and then the 年度 indicator table (一级 | 二级 | 指标内容 | 指标值 | 备注), the
/// 审核意见 box of each review section with its 盖章, and 填报人 / 联系电话 / 填报日期 under the grid.
/// </summary>
public sealed class DetailedReviewLayout(DeclarationPrint print) : IDocument
{
    /// <summary>The left column, where every block of the grid has its label.</summary>
    private const float LabelWidth = 66;

    private readonly Declaration declaration = print.Declaration;

    private MoneyUnit Unit => declaration.MoneyUnit;

    public DocumentInfo Info => PrintedDeclaration.Info(print);

    /// <summary>The indicator tables' rows: the paper lists every 二级 of the framework, 经济效益指标 and 生态效益指标 blank where nothing was filed.</summary>
    private IndicatorTree Rows => PrintedIndicators.Tree(print, paperShowsEveryLevel2: true);

    public void Compose(DocumentContainer document) => document.Page(page =>
    {
        FormParts.Page(page, print);
        page.Content().Column(column =>
        {
            column.Item().Element(c => FormParts.TitleBlock(c, print, "项目绩效目标申报表"));
            column.Item().Table(Project);
            column.Item().Table(Situation);
            column.Item().Table(FundingRequest);
            column.Item().Table(BudgetDetail);
            column.Item().Table(Goals);
            // An annual-only declaration has no 长期 table to print: it would repeat every name with no target.
            if (declaration.HasMidTermTargets)
            {
                column.Item().Table(t => Indicators(t, "长期绩效指标", i => i.MidTerm));
            }
            column.Item().Table(t => Indicators(t, "年度绩效指标", i => i.Annual));
            column.Item().Table(OtherNotes);
            column.Item().Table(Reviews);
            column.Item().Element(c => FormParts.SignatureLine(c,
                ("填报人", declaration.FilledBy),
                ("联系电话", declaration.ContactPhone),
                ("填报日期", FormText.ChineseDate(declaration.FilledOn))));
            column.Item().Element(c => VerificationMark.Compose(c, print));
        });
    });

    /// <summary>项目名称 … 项目总投资.</summary>
    private void Project(TableDescriptor table)
    {
        table.ConstantColumn(LabelWidth);
        table.RelativeColumn(1.5f);
        table.ConstantColumn(58);
        table.RelativeColumn(0.9f);
        table.ConstantColumn(52);
        table.RelativeColumn(1.05f);

        table.Cell().LabelCell("项目名称");
        table.Cell().ValueCell(declaration.ProjectName);
        table.Cell().LabelCell("项目属性");
        table.Cell().ColumnSpan(3).ValueCell(FormStyle.Ticks(
            (ProjectKind.New.Label(), declaration.Kind == ProjectKind.New),
            (ProjectKind.Continuing.Label(), declaration.Kind == ProjectKind.Continuing)));

        table.Cell().LabelCell("项目单位");
        table.Cell().ValueCell(declaration.ImplementingUnit ?? print.DepartmentName);
        table.Cell().LabelCell("项目负责人");
        table.Cell().ValueCell(declaration.ProjectLeader);
        table.Cell().LabelCell("联系电话");
        table.Cell().ValueCell(declaration.ContactPhone);

        table.Cell().LabelCell("项目起止时间");
        table.Cell().ValueCell(FormText.Period(declaration));
        // 项目总投资: the whole project's money, which is the mid-term total where the project has one.
        table.Cell().LabelCell("项目总投资");
        table.Cell().ColumnSpan(3).ValueCell(Unit.Format(declaration.MidTermFunding.Total ?? declaration.AnnualFunding.Total));
    }

    /// <summary>
    /// 项目概况 and 项目立项情况, a table of their own: a row longer than a page is split where it
    /// starts only when it comes first in its table, else it leaves the rest of the page blank.
    /// </summary>
    private void Situation(TableDescriptor table)
    {
        table.ConstantColumn(LabelWidth);
        table.RelativeColumn();

        table.Cell().LabelCell("项目概况");
        table.Cell().ProseCell(declaration.Narrative.Overview);
        table.Cell().LabelCell("项目立项情况");
        table.Cell().ProseCell(Approval());
    }

    /// <summary>
    /// 项目立项情况: the 立项依据 as filed; when 必要性 or 可行性 were filed too, each part under its name,
    /// as seed 001 words them in the same field.
    /// </summary>
    private string? Approval()
    {
        var narrative = declaration.Narrative;
        if (string.IsNullOrWhiteSpace(narrative.Necessity) && string.IsNullOrWhiteSpace(narrative.Feasibility))
        {
            return narrative.Basis;
        }

        var parts = new (string Label, string? Text)[] { ("立项依据", narrative.Basis), ("必要性", narrative.Necessity), ("可行性", narrative.Feasibility) };
        return string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p.Text)).Select(p => $"{p.Label}：{p.Text!.Trim()}"));
    }

    /// <summary>
    /// 项目资金申请: 以前年度已安排 beside this year's request, by 资金性质. The form's 1、财政拨款 takes the
    /// 上级/本级/下级 parts under it when any is given; its 2、自有资金 and 3、其他 split 其他资金, so
    /// 其他 is what of 其他资金 is not 自有资金.
    /// </summary>
    private void FundingRequest(TableDescriptor table)
    {
        table.ConstantColumn(LabelWidth);
        table.RelativeColumn(1.2f);
        table.RelativeColumn();
        table.RelativeColumn();

        var prior = declaration.PriorYearsFunding;
        var annual = declaration.AnnualFunding;
        var lines = new List<(string Label, decimal? Prior, decimal? Annual)> { ("1、财政拨款", prior.Fiscal, annual.Fiscal) };
        var parts = new (string Label, decimal? Prior, decimal? Annual)[]
        {
            ("上级财政拨款", prior.FiscalSuperior, annual.FiscalSuperior),
            ("本级财政安排", prior.FiscalLocal, annual.FiscalLocal),
            ("下级财政配套", prior.FiscalSubordinate, annual.FiscalSubordinate),
        };
        foreach (var (part, i) in parts.Where(p => p.Prior is not null || p.Annual is not null).Select((p, i) => (p, i)))
        {
            lines.Add(((i == 0 ? "　其中：" : "　　　　") + part.Label, part.Prior, part.Annual));
        }

        lines.Add(("2、自有资金", prior.OtherOwnFunds, annual.OtherOwnFunds));
        lines.Add(("3、其他", NotOwnFunds(prior), NotOwnFunds(annual)));

        table.Cell().RowSpan(lines.Count + 1).LabelCell("项目资金申请");
        table.Cell().LabelCell("资金性质");
        table.Cell().LabelCell("以前年度已安排");
        table.Cell().LabelCell(string.Create(CultureInfo.InvariantCulture, $"{declaration.BudgetYear}年度申报资金"));
        foreach (var (label, priorAmount, annualAmount) in lines)
        {
            table.Cell().ValueCell(label);
            table.Cell().CentredCell(Unit.Format(priorAmount));
            table.Cell().CentredCell(Unit.Format(annualAmount));
        }
    }

    private static decimal? NotOwnFunds(FundingSplit funding) => funding.Other is { } other ? other - (funding.OtherOwnFunds ?? 0) : null;

    /// <summary>
    /// 项目支出预算明细: 支出明细项目 | 数量 | 支出标准 | 金额, one row per line, numbered as the form does;
    /// the 前年/上年实际执行数 before 金额 when the lines give them, and 合计 as the form states it, when it does.
    /// </summary>
    private void BudgetDetail(TableDescriptor table)
    {
        var actuals = PriorYearActuals.For(declaration);
        table.ConstantColumn(LabelWidth);
        table.RelativeColumn(3);
        table.RelativeColumn(0.7f);
        table.RelativeColumn(1.2f);
        actuals.Define(table);
        table.RelativeColumn(1.1f);

        var lines = declaration.BudgetLines;
        var stated = declaration.StatedBudgetLineTotals;
        FormParts.MergedLabel(table, null, "项目支出预算明细", lines.Count + (stated.IsEmpty ? 0 : 1));
        foreach (var heading in new[] { "支出明细项目", "数量", "支出标准" })
        {
            table.HeaderCell().LabelCell(heading);
        }

        actuals.Headings(table);
        table.HeaderCell().LabelCell("金额");

        for (var i = 0; i < lines.Count; i++)
        {
            table.Cell().Row(i + 1).Column(2).ValueCell(string.Create(CultureInfo.InvariantCulture, $"{i + 1}、{lines[i].Item}"));
            table.Cell().Row(i + 1).Column(3).CentredCell(FormStyle.Quantity(lines[i]));
            table.Cell().Row(i + 1).Column(4).CentredCell(FormStyle.Standard(lines[i], Unit));
            actuals.Cells(table, lines[i], Unit, i + 1, firstColumn: 5);
            table.Cell().Row(i + 1).Column(5 + actuals.Count).CentredCell(Unit.Format(lines[i].Amount));
        }

        if (!stated.IsEmpty)
        {
            table.Cell().ColumnSpan(3).LabelCell("合计");
            actuals.Totals(table, stated, Unit);
            table.Cell().CentredCell(Unit.Format(stated.Amount));
        }
    }

    /// <summary>项目绩效目标: 长期目标 beside 年度目标; 年度目标 across both without 中期.</summary>
    private void Goals(TableDescriptor table)
    {
        table.ConstantColumn(LabelWidth);
        table.RelativeColumn();
        table.RelativeColumn();

        var midTerm = declaration.HasMidTerm;
        table.Cell().RowSpan(2).LabelCell("项目绩效目标");
        if (midTerm)
        {
            table.Cell().LabelCell("长期目标");
        }

        table.Cell().ColumnSpan(midTerm ? 1 : 2).LabelCell("年度目标");
        if (midTerm)
        {
            table.Cell().ProseCell(FormText.ListedGoals(declaration.MidTermGoals));
        }

        table.Cell().ColumnSpan(midTerm ? 1 : 2).ProseCell(FormText.ListedGoals(declaration.AnnualGoals));
    }

    /// <summary>
    /// 长期绩效指标 or 年度绩效指标: 一级 and 二级 merged down their rows, the 三级 in 指标内容 (with its
    /// description under it when one was filed), the period's target in 指标值, and 备注.
    /// </summary>
    private void Indicators(TableDescriptor table, string label, Func<Indicator, IndicatorTarget> target)
    {
        table.ConstantColumn(LabelWidth);
        // 一级 wide enough for 满意度指标 on one line, 二级 for 服务对象/满意度指标 on two.
        table.ConstantColumn(54);
        table.ConstantColumn(74);
        table.RelativeColumn(2.4f);
        table.RelativeColumn(1.5f);
        table.ConstantColumn(44);

        var rows = Rows;
        FormParts.MergedLabel(table, null, label, rows.Level1s.Sum(l => l.RowCount));
        foreach (var heading in new[] { "一级指标", "二级指标", "指标内容", "指标值", "备注" })
        {
            table.HeaderCell().LabelCell(heading);
        }

        FormParts.IndicatorRows(table, rows, level1Column: 2, level2Column: 3, (indicator, row) =>
        {
            table.Cell().Row(row).Column(4).Ruled().AlignMiddle().Column(content =>
            {
                content.Item().Text(indicator.Name, FormStyle.Body);
                if (!string.IsNullOrWhiteSpace(indicator.Description))
                {
                    content.Item().Text(indicator.Description.Trim(), FormStyle.Small);
                }
            });
            table.Cell().Row(row).Column(5).CentredCell(IndicatorGrid.Target(indicator, target(indicator)));
            table.Cell().Row(row).Column(6).CentredCell(indicator.Remark);
        });
    }

    private void OtherNotes(TableDescriptor table)
    {
        table.ConstantColumn(LabelWidth);
        table.RelativeColumn();

        table.Cell().LabelCell("其他需说明的问题");
        table.Cell().ProseCell(declaration.Narrative.OtherNotes);
    }

    /// <summary>
    /// Each review section's 审核意见 box with its label at its left, two to a row as the form has
    /// 业务股室 beside 绩效管理股; a section left alone on its row takes the row's width.
    /// </summary>
    private void Reviews(TableDescriptor table)
    {
        table.ConstantColumn(LabelWidth);
        table.RelativeColumn();
        table.ConstantColumn(LabelWidth);
        table.RelativeColumn();

        for (var i = 0; i < print.Reviews.Count; i++)
        {
            var review = print.Reviews[i];
            var alone = i % 2 == 0 && i == print.Reviews.Count - 1;
            table.Cell().LabelCell($"{review.SectionName}\n审核意见");
            table.Cell().ColumnSpan(alone ? 3 : 1).Element(cell => FormParts.ReviewOpinion(cell, review));
        }
    }
}

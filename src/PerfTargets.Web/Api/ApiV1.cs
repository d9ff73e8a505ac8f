using Microsoft.AspNetCore.Antiforgery;
using PerfTargets.Core.Publishing;

namespace PerfTargets.Web.Api;

/// <summary>
/// The JSON API, version 1: every route under <c>/api/v1</c>, signed in by an access token
/// (<c>Authorization: Bearer</c>) or the browser's session, each described for the OpenAPI document.
/// </summary>
internal static class ApiV1
{
    public const string Prefix = "/api/v1";

    public const string DocumentName = "v1";

    public static void MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).RequireAuthorization(AccountServiceCollectionExtensions.ApiPolicy).WithGroupName(DocumentName)
            .AddEndpointFilter<PasswordChangeApiFilter>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status429TooManyRequests);
        var declarations = api.MapGroup("/declarations").WithTags("申报表");
        var changes = declarations.MapChanges();

        declarations.MapGet("", DeclarationQueries.ListAsync).WithName("ListDeclarations")
            .WithSummary("申报表列表").WithDescription("调用者可见的申报表，按预算年度倒序。筛选：year 预算年度，department 单位编码，status（draft 草稿、returned 已退回、submitted 审核中、approved 已批复），page 页码，pageSize 每页条数（至多 100）。")
            .Produces<DeclarationPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        declarations.MapGet("/{id:int}", DeclarationQueries.GetAsync).WithName("GetDeclaration")
            .WithSummary("读取一份申报表").WithDescription("草稿为其当前内容；已提交或已批复的为最新冻结版本（审核人审核的正是此版本）；?version=n 读取第 n 版。响应头 ETag 为并发标记。")
            .Produces<Declaration>().ProducesProblem(StatusCodes.Status404NotFound);
        declarations.MapGet("/{id:int}/versions", DeclarationQueries.VersionsAsync).WithName("ListDeclarationVersions")
            .WithSummary("申报版本列表").WithDescription("每次提交冻结的版本：版本号、内容 SHA-256、提交时间与提交人。")
            .Produces<List<VersionSummary>>().ProducesProblem(StatusCodes.Status404NotFound);
        declarations.MapGet("/{id:int}/audit", DeclarationQueries.AuditAsync).WithName("ListDeclarationAuditEvents")
            .WithSummary("申报表的审计记录").WithDescription("审计日志中关于该申报表的全部记录，按时间顺序；客户端地址仅管理员可见。")
            .Produces<List<AuditEvent>>().ProducesProblem(StatusCodes.Status404NotFound);
        declarations.MapGet("/{id:int}/pdf", DeclarationQueries.PdfAsync).WithName("GetDeclarationPdf")
            .WithSummary("打印 PDF").WithDescription("申报表的 PDF，格式 layout：national（默认由管理员设定）、review、three-sheet、attributes、budget；download=1 以附件下载。")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        declarations.MapPost("/validate", DeclarationValidationEndpoint.ValidateAsync).WithName("ValidateDeclaration")
            .WithSummary("校验（不保存）").WithDescription("按校验规则 R01–R25（及本系统的审核规则设置）检查一份申报表文档，不保存。")
            .Accepts<Declaration>("application/json").Produces<ValidationReport>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);

        changes.MapPost("", DeclarationWrites.CreateAsync).WithName("CreateDeclaration")
            .WithSummary("新建申报表（草稿）").WithDescription("填报人为本单位新建草稿。单位以 departmentCode（或 departmentId）指明，省略时为本单位；指标体系以 frameworkCode 指明，省略时用该年度默认体系。行的 id 被忽略。")
            .Accepts<Declaration>("application/json").Produces<Declaration>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);
        changes.MapPut("/{id:int}", DeclarationWrites.ReplaceAsync).WithName("ReplaceDeclaration")
            .WithSummary("修改草稿（整体替换）").WithDescription("以文档整体替换草稿内容。须带读取时的 concurrencyStamp（文档成员或 If-Match）；他人已修改时 409。行的 id 若给出，须是本申报表已有的行且不重复。")
            .Accepts<Declaration>("application/json").Produces<Declaration>()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict, StatusCodes.Status428PreconditionRequired);
        changes.MapDelete("/{id:int}", DeclarationWrites.DeleteAsync).WithName("DeleteDeclaration")
            .WithSummary("删除草稿").WithDescription("删除从未提交过的草稿；须带 concurrencyStamp（If-Match 或请求体）。")
            .Accepts<WorkflowRequest>("application/json").Produces(StatusCodes.Status204NoContent)
            .ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status428PreconditionRequired);
        changes.MapPost("/{id:int}/submit", DeclarationActions.SubmitAsync).WithName("SubmitDeclaration")
            .WithSummary("提交审核").WithDescription("冻结为新版本并送第一个（或退回它的）审核科室；仍有校验错误时 422，problems 列出全部问题。")
            .WorkflowAction<Declaration>(StatusCodes.Status422UnprocessableEntity);
        changes.MapPost("/{id:int}/withdraw", DeclarationActions.WithdrawAsync).WithName("WithdrawDeclaration")
            .WithSummary("撤回").WithDescription("审核人尚未处理时，填报人撤回为草稿。")
            .WorkflowAction<Declaration>();
        changes.MapPost("/{id:int}/approve", DeclarationActions.ApproveAsync).WithName("ApproveDeclaration")
            .WithSummary("审核通过（盖章）").WithDescription("审核人以本科室印章通过所审核的版本 version，送下一科室或批复。")
            .WorkflowAction<Declaration>(StatusCodes.Status403Forbidden);
        changes.MapPost("/{id:int}/return", DeclarationActions.ReturnAsync).WithName("ReturnDeclaration")
            .WithSummary("退回修改").WithDescription("审核人退回所审核的版本 version，opinion（审核意见）必填。")
            .WorkflowAction<Declaration>(StatusCodes.Status403Forbidden);
        changes.MapPost("/{id:int}/adjustment", DeclarationActions.OpenAdjustmentAsync).WithName("OpenAdjustment")
            .WithSummary("开启调整").WithDescription("填报人对已批复的申报表开启调整，reason（调整原因）必填：申报表回到草稿，修改后照常提交审核；调整批复前，原已批复版本仍是现行批复版本（核验、公开以它为准）。")
            .WorkflowAction<Declaration>(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

        declarations.MapGet("/{id:int}/publication", PublicationEndpoints.GetAsync).WithName("GetPublication")
            .WithSummary("公开状态").WithDescription("申报表的公开记录：公开的版本、时间与操作人，不公开的内部资料；撤回后为撤回时间、操作人与理由。从未公开时 404。公开页面见 /public。")
            .Produces<Publication>().ProducesProblem(StatusCodes.Status404NotFound);
        changes.MapPost("/{id:int}/publication", PublicationEndpoints.PublishAsync).WithName("PublishDeclaration")
            .WithSummary("公开").WithDescription("系统管理员公开已批复申报表的现行批复版本（不含个人姓名和联系电话；internalFields 所列项目情况栏目不公开），公众无需登录即可在 /public 查看。")
            .Accepts<PublicationRequest>("application/json").Produces<Publication>()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict);
        changes.MapPost("/{id:int}/publication/withdraw", PublicationEndpoints.WithdrawAsync).WithName("WithdrawPublication")
            .WithSummary("撤回公开").WithDescription("系统管理员撤回公开，reason（理由）必填；公开页面此后只显示撤回日期。")
            .Accepts<PublicationRequest>("application/json").Produces<Publication>()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict);

        var reports = declarations.MapGroup("/{id:int}/reports").WithTags("运行监控与自评");
        var reportChanges = reports.MapChanges();
        reports.MapGet("", ReportEndpoints.ListAsync).WithName("ListReports")
            .WithSummary("报告列表").WithDescription("已批复申报表的运行监控报告与绩效自评报告中调用者可见的：填报单位看全部，审核人看已送到本科室或经过本科室的；含红黄绿信号（运行监控）或总分与等级（自评）。")
            .Produces<List<ReportSummary>>().ProducesProblem(StatusCodes.Status404NotFound);
        reports.MapGet("/{reportId:int}", ReportEndpoints.GetAsync).WithName("GetReport")
            .WithSummary("读取一份报告").WithDescription("草稿为其当前内容；已提交的为最新冻结版本（内容 SHA-256 见 contentHash）；approvedVersion 为所对照的已批复申报版本。响应头 ETag 为并发标记。冻结内容被改动时 409。")
            .Produces<ReportResource>().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        reportChanges.MapPost("", ReportEndpoints.OpenAsync).WithName("OpenReport")
            .WithSummary("新建报告").WithDescription("填报人对本单位已批复的申报表新建运行监控报告（kind=Monitoring，asOf 为设定的监控时点，默认 6月30日、9月30日）或绩效自评报告（kind=SelfEvaluation），对照现行批复版本，每个时点、每年各一份。")
            .Accepts<ReportOpenRequest>("application/json").Produces<ReportResource>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict);
        reportChanges.MapPut("/{reportId:int}", ReportEndpoints.SaveAsync).WithName("SaveReport")
            .WithSummary("保存报告草稿").WithDescription("以报告表单的填写保存草稿：金额按申报表的金额单位，数值按书写（如 \"95\"、\"1,200.5\"）；lines 按指标序号 sequence 对应。须带 concurrencyStamp（或 If-Match）。无法读取的数值以 400 指明成员。")
            .Accepts<ReportSaveRequest>("application/json").Produces<ReportResource>()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict, StatusCodes.Status428PreconditionRequired);
        reportChanges.MapPost("/{reportId:int}/submit", ReportEndpoints.SubmitAsync).WithName("SubmitReport")
            .WithSummary("提交报告").WithDescription("冻结为新版本（SHA-256）并送审核科室；偏差未说明原因等错误时 422。")
            .WorkflowAction<ReportResource>(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);
        reportChanges.MapPost("/{reportId:int}/approve", ReportEndpoints.ApproveAsync).WithName("ApproveReport")
            .WithSummary("报告审核通过（盖章）").WithDescription("审核人以本科室印章通过所审核的报告版本 version，送下一科室或完成审核。")
            .WorkflowAction<ReportResource>(StatusCodes.Status403Forbidden);
        reportChanges.MapPost("/{reportId:int}/return", ReportEndpoints.ReturnAsync).WithName("ReturnReport")
            .WithSummary("退回报告").WithDescription("审核人退回所审核的报告版本 version，opinion（审核意见）必填。")
            .WorkflowAction<ReportResource>(StatusCodes.Status403Forbidden);

        api.MapGet("/indicators", IndicatorLibraryEndpoint.SearchAsync).WithName("SearchIndicatorLibrary").WithTags("指标库")
            .WithSummary("检索指标库").WithDescription("指标库中未停用的三级指标，名称须包含 query 的每个词（以空格分隔，按字匹配，不分先后，至多 64 个字符）；以第一个词开头的在前，其次名称较短的。筛选：framework 指标体系编码（2015、2021、2021-效果…），level1 一级指标，level2 二级指标；limit 条数（1–100，默认 20）。")
            .Produces<List<IndicatorEntry>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/indicators/suggestions", IndicatorLibraryEndpoint.SuggestAsync).WithName("SuggestIndicators").WithTags("指标库")
            .WithSummary("三级指标建议").WithDescription("填写三级指标时的建议，依次为：本单位已批复申报表中的指标（附各年度的年度指标值）、其他单位的（仅当管理员允许共享历史指标时）、带 sector 行业标签的指标库条目、其余共性指标；同名的只出现一次。参数同“检索指标库”，另有 sector 行业标签（信息化、培训…）。只有填报人看得到本单位的历史指标。")
            .Produces<List<IndicatorSuggestion>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/summary", SummaryEndpoint.GetAsync).WithName("GetSummary").WithTags("汇总表")
            .WithSummary("汇总表").WithDescription("调用者可见的申报表按预算年度、主管部门与单位汇总：各状态份数（草稿、已退回、各科室待审、已批复）、年度资金（按来源）、中期资金总额、三级与定量指标数、校验错误与提示数；先合计，再各年度小计。筛选：year 预算年度，department 单位编码；unit 金额单位（Yuan 元，默认；TenThousandYuan 万元）。金额按十进制精确求和。")
            .Produces<SummaryDocument>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(context);
                return Results.Ok(new AntiforgeryToken(tokens.HeaderName!, tokens.RequestToken!));
            }).WithName("GetAntiforgeryToken").WithTags("登录会话")
            .WithSummary("防伪令牌").WithDescription("以浏览器登录会话（Cookie）调用修改类接口时，把 requestToken 放在请求头 headerName 中。访问令牌调用不需要。")
            .Produces<AntiforgeryToken>();

        // The first address of the validation endpoint stays, for the editor's script and early callers.
        app.MapPost(DeclarationValidationEndpoint.Route, DeclarationValidationEndpoint.ValidateAsync)
            .RequireAuthorization(AccountServiceCollectionExtensions.ApiPolicy).ExcludeFromDescription();
    }
}

/// <summary>防伪令牌：放在请求头 headerName 中。</summary>
internal sealed record AntiforgeryToken(string HeaderName, string RequestToken);

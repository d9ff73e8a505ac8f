using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PerfTargets.Web.Exchange;

namespace PerfTargets.Web.Api;

/// <summary>The API's services: the document intake, problem details, and the OpenAPI document with its reference page.</summary>
internal static class ApiServiceCollectionExtensions
{
    public const string DocumentPath = "/openapi/{documentName}.json";

    public const string ReferencePrefix = "api/docs";

    public static IServiceCollection AddPerfTargetsApi(this IServiceCollection services)
    {
        services.AddScoped<DeclarationIntake>();
        services.AddScoped<WorkbookIntake>(); // 导入 Excel reads through the same intake
        services.AddProblemDetails();
        services.AddOpenApi(ApiV1.DocumentName, options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "PerfTargets 绩效目标申报系统 API",
                    Version = ApiV1.DocumentName,
                    Description = "项目支出绩效目标申报表的读取、新建、修改、校验、提交与审核，供预算管理一体化系统对接。" +
                        "以管理员签发的个人访问令牌调用：Authorization: Bearer pt_…；权限与页面相同（填报人只见本单位，审核人只见到达本科室的）。" +
                        "错误以 RFC 9457 problem details（application/problem+json）返回，member 为出错的成员（JSON 路径）。金额以元计。",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    ["AccessToken"] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        Description = "个人访问令牌（管理员在“访问令牌”页签发，形如 pt_…）",
                    },
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("AccessToken", document)] = [] }];
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer((schema, context, _) =>
            {
                if (context.JsonTypeInfo.Type == typeof(Declaration))
                {
                    DescribeWrapperMembers(schema);
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>The OpenAPI document and the browsable reference page (swagger-ui from the package's embedded files), open without signing in.</summary>
    public static IApplicationBuilder UseApiReference(this IApplicationBuilder app) => app.UseSwaggerUI(options =>
    {
        options.RoutePrefix = ReferencePrefix;
        options.SwaggerEndpoint(DocumentPath.Replace("{documentName}", ApiV1.DocumentName, StringComparison.Ordinal), "PerfTargets API v1");
        options.DocumentTitle = "PerfTargets API 参考";
        options.ConfigObject.ValidatorUrl = null; // swagger-ui would otherwise fetch a badge from validator.swagger.io
    });

    /// <summary>The members the API writes around a declaration (and accepts back): <see cref="ReceivedDeclaration.WrapperMembers"/>.</summary>
    private static void DescribeWrapperMembers(OpenApiSchema schema)
    {
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["departmentCode"] = Text("填报单位编码（优先于 departmentId）；新建时省略为本单位");
        schema.Properties["departmentName"] = Text("填报单位名称（只读）");
        schema.Properties["frameworkCode"] = Text("指标体系代码（优先于 frameworkId）；省略时用该年度默认体系");
        schema.Properties["workflow"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            ReadOnly = true,
            Description = "审核流程状态（只读）：state（draft/returned/submitted/approved）、stateText、awaitingSection 待审科室、returnedBySection 退回科室、versionCount 版本数",
        };
        schema.Properties["version"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object | JsonSchemaType.Null,
            ReadOnly = true,
            Description = "内容所属的冻结版本（只读）：number、contentHash（SHA-256）、submittedAt、submittedBy；草稿为 null",
        };
    }

    private static OpenApiSchema Text(string description) =>
        new() { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = description };
}

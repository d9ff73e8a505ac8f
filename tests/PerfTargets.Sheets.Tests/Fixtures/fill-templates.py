"""Fills two blank templates in LibreOffice (headless, through UNO) and saves them as LibreOffice writes .xlsx.

Run with Debian's python3 (python3-uno) while LibreOffice listens:
  soffice --headless --norestore --accept="socket,host=localhost,port=2002;urp;" &
  /usr/bin/python3 fill-templates.py template-budget.xlsx template-three-sheet.xlsx
It writes seed004-filled-by-libreoffice.xlsx (seed 004's first project, 网络舆情综合管理, typed into the
budget family's template) and five-mistakes-by-libreoffice.xlsx (the three-sheet template with five
planted mistakes). The templates come from the system's 空白模板 download.
"""
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def connect():
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            return resolver.resolve("uno:socket,host=localhost,port=2002;urp;StarOffice.ComponentContext")
        except Exception:  # LibreOffice still starting
            time.sleep(0.5)
    raise SystemExit("LibreOffice does not answer on port 2002")


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Sheet:
    def __init__(self, sheet):
        self.sheet = sheet
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        self.rows = cursor.RangeAddress.EndRow + 1
        self.columns = cursor.RangeAddress.EndColumn + 1

    def cell(self, column, row):
        return self.sheet.getCellByPosition(column, row)

    def find(self, text, nth=0):
        """The (column, row) of the nth cell whose text is `text`."""
        found = [(c, r) for r in range(self.rows) for c in range(self.columns) if self.cell(c, r).getString().replace("\n", "") == text]
        return found[nth]

    def value_right_of(self, label):
        c, r = self.find(label)
        cursor = self.sheet.createCursorByRange(self.cell(c, r))
        cursor.collapseToMergedArea()
        return self.cell(cursor.RangeAddress.EndColumn + 1, r)

    def starting_with(self, prefix):
        return next(self.cell(c, r) for r in range(self.rows) for c in range(self.columns) if self.cell(c, r).getString().startswith(prefix))

    def indicator_rows(self):
        """Rows of the indicator table under its heading row, by the 一级 and 二级 they stand in."""
        name_column, heading = self.find("三级指标")
        level1_column, _ = self.find("一级指标")
        level2_column, _ = self.find("二级指标")
        rows = []
        for r in range(heading + 1, self.rows):
            level1 = self.merged_text(level1_column, r)
            level2 = self.merged_text(level2_column, r)
            if not level1 and not level2:
                break
            rows.append((r, level1, level2))
        return rows, name_column

    def merged_text(self, column, row):
        cursor = self.sheet.createCursorByRange(self.cell(column, row))
        cursor.collapseToMergedArea()
        return self.cell(cursor.RangeAddress.StartColumn, cursor.RangeAddress.StartRow).getString()


def first_free_row(sheet, level1, level2, used):
    rows, _ = sheet.indicator_rows()
    row = next(r for r, l1, l2 in rows if l1 == level1 and l2 == level2 and r not in used)
    used.add(row)
    return row


def column_of(sheet, heading):
    return sheet.find(heading)[0]


def fill_seed_004(desktop, template, out):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(template), "_blank", 0, (prop("Hidden", True),))
    sheet = Sheet(doc.Sheets.getByName("申报表"))
    sheet.starting_with("（").setString("（2023年度）")
    sheet.value_right_of("项目名称").setString("网络舆情综合管理")
    sheet.value_right_of("项目编码").setString("224-0501-JBN-BOVO")
    sheet.value_right_of("资金用途").setString("加强网络舆情应急处置和引导管理，指导推动网络文明志愿者队伍建设，维护网络意识形态安全，指导、检查、推动各部门、各单位网络安全和信息化工作。")
    sheet.value_right_of("年度资金总额").setValue(100000)
    sheet.value_right_of("其中：财政拨款").setString("100,000.00")  # typed as text, as people paste it
    for label, percent in (("3月底", 25), ("6月底", 60), ("10月底", 90), ("12月底", 100)):
        c, r = sheet.find(label)
        sheet.cell(c, r + 1).setValue(percent)
    c, r = sheet.find("年度目标")
    sheet.cell(c, r + 1).setString("目标1：弘扬主旋律，汇聚正能量，营造良好的网络舆论氛围，发展健康向上的网络文化，利用新媒体项目做大做强正面宣传，占领网络意识形态阵地。")
    used = set()
    name, description, target = column_of(sheet, "三级指标"), column_of(sheet, "绩效指标描述"), column_of(sheet, "指标值")
    for level1, level2, indicator, text, value in (
        ("产出指标", "质量指标", "舆情信息监看、收集和应急处置。", "通过舆情监看收集全区网络舆情，进行筛选、分析、研判，上报。做好突发事件网络舆情处置工作，正确引导舆论导向。", "≥95%"),
        ("效果指标", "社会效益指标", "网络安全管理", "做好网络安全宣传周和网络安全联合检查工作，加强网络信息安全防护。", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "广大群众满意度", "做好网络安全宣传周和网络安全联合检查工作，加强网络信息安全防护。", "≥90%"),
    ):
        row = first_free_row(sheet, level1, level2, used)
        sheet.cell(name, row).setString(indicator)
        sheet.cell(description, row).setString(text)
        sheet.cell(target, row).setString(value)
    doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)


def plant_five_mistakes(desktop, template, out):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(template), "_blank", 0, (prop("Hidden", True),))
    sheet = Sheet(doc.Sheets.getByName("申报表"))
    sheet.starting_with("（").setString("（2024年度）")
    # 1. no 项目名称 (left blank)
    sheet.value_right_of("起始日期").setString("2024-13-45")  # 2. a date that is none
    sheet.value_right_of("年度资金总额").setString("十万元")  # 3. an amount that is no number
    sheet.value_right_of("其中：财政拨款").setValue(100000)
    c, r = sheet.find("年度目标")
    sheet.cell(c, r + 1).setString("完成网站运维。")
    used = set()
    name, target = column_of(sheet, "三级指标"), column_of(sheet, "目标值")
    row = first_free_row(sheet, "产出指标", "数量指标", used)
    sheet.cell(name, row).setString("网站更新条数")
    sheet.cell(target, row).setString("≥95")  # 4. a target without its unit
    row = first_free_row(sheet, "满意度指标", "服务对象满意度指标", used)
    sheet.cell(name, row).setString("用户满意度")
    sheet.cell(target, row).setString("≥90%")
    level1_column = column_of(sheet, "一级指标")
    sheet.cell(level1_column, row).setString("满意程度指标")  # 5. a 一级 the framework has not
    doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    desktop = connect().ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", connect())
    fill_seed_004(desktop, os.path.abspath(sys.argv[1]), os.path.join(here, "seed004-filled-by-libreoffice.xlsx"))
    plant_five_mistakes(desktop, os.path.abspath(sys.argv[2]), os.path.join(here, "five-mistakes-by-libreoffice.xlsx"))

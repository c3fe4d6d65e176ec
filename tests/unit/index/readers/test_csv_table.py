"""Open-data CSV tables (GBK as portals publish them): rows as tab-separated lines under the file's name."""

from __future__ import annotations

from index.ingest import ingest_source
from index.readers import read_source_bytes
from index.readers.csv_table import csv_rows

CSV = ("序号,区县,机构名称,地址,联系电话,补贴标准（元/人·月）,更新日期\r\n"
       "1,渭滨区,渭滨区金台养老服务中心,\"渭滨区经二路,12号\",0917-3210001,300,2026-10-15\r\n"
       "2,金台区,金台区颐康护理院,金台区东风路8号,,350,2026-11-02\r\n"
       "3,陈仓区,陈仓区虢镇敬老院,陈仓区虢镇中街3号,0917-6210033,280,2026/9/30\r\n")


def test_a_gbk_csv_of_an_open_data_portal_is_read_as_a_table_under_its_file_name() -> None:
    src = read_source_bytes(CSV.encode("gbk"), "宝鸡市养老服务机构补贴标准.csv")
    assert src.format == "csv" and src.title == "宝鸡市养老服务机构补贴标准"
    lines = src.text.split("\n")
    assert lines[0] == "宝鸡市养老服务机构补贴标准"
    assert lines[1] == "序号\t区县\t机构名称\t地址\t联系电话\t补贴标准（元/人·月）\t更新日期"
    # a quoted comma stays inside its field; an empty field stays in its column
    assert lines[2].split("\t")[3] == "渭滨区经二路,12号"
    assert lines[3].split("\t") == ["2", "金台区", "金台区颐康护理院", "金台区东风路8号", "", "350", "2026-11-02"]
    # the latest update is the date it was published
    assert dict(src.fields) == {"发布日期": "2026年11月2日"}
    item = ingest_source(src)
    assert item.report.documents == 1 and item.documents[0].date == "2026-11-02"
    assert item.documents[0].title == "宝鸡市养老服务机构补贴标准"


def test_prose_with_ascii_commas_is_not_a_table() -> None:
    prose = ("关于做好取暖补贴发放工作的通知\n各县区民政局:\n为做好今冬取暖工作,现将有关事项通知如下,请遵照执行。\n"
             "一、补贴对象为城乡低保对象,特困供养人员。\n二、补贴标准为每户每年300元,由县级财政承担。\n")
    assert csv_rows(prose) is None
    assert read_source_bytes(prose.encode("gbk"), "n.txt").format == "text"
    # a header of sentences is no header either
    assert csv_rows("为做好工作,现通知如下,请遵照执行。\n一,二,三\n四,五,六\n") is None
    assert csv_rows("a,b,c\n1,2,3\n") is None  # one row is no table


def test_a_csv_with_a_name_that_is_no_title_and_no_date_column() -> None:
    data = "区县,网点,电话\n渭滨区,经二路网点,0917-1\n金台区,东风路网点,0917-2\n".encode()
    src = read_source_bytes(data, "data_20261103.csv")
    assert src.format == "csv" and src.title is None and src.fields == ()
    assert src.text.split("\n")[0] == "区县\t网点\t电话"

"""A fillable PDF form whose values are only in its fields (a 办事指南 filled by a system that leaves their
drawing to the viewer): each value read after its label, a row of check boxes as the options ticked."""

from __future__ import annotations

from pathlib import Path

from index.readers import read_source

GUIDE = Path(__file__).resolve().parents[3] / "data" / "city18" / "corpus" / "xingtai-jiuye-jianxi-butie-banshi-zhinan.pdf"


def test_a_form_s_values_are_read_after_their_labels() -> None:
    src = read_source(GUIDE)
    lines = src.text.split("\n")
    assert "事项名称：就业见习补贴申领。" in lines  # (a field's value ends its sentence)
    assert "补贴标准：按见习人员每人每月1600元标准给予见习单位就业见习补贴；见习期满留用率达到50%以上的，补贴标准提高到每人每月1900元。" in lines
    assert "办理时限：承诺时限15个工作日（法定时限20个工作日）。" in lines
    assert "咨询电话：0319-3216875。" in lines and "监督投诉电话：0319-3216809。" in lines
    assert "是否收费：不收费。" in lines  # (the box ticked, not both options)
    # a multi-line value keeps its lines, in place
    at = next(j for j, ln in enumerate(lines) if ln.startswith("申请条件：1."))
    assert lines[at + 1].startswith("2.见习人员为离校2年内未就业高校毕业生")
    assert lines.index("本指南由邢台市人力资源和社会保障局编制，事项信息以河北政务服务网公布的为准。") > at
    assert any("form's fields" in w for w in src.warnings)

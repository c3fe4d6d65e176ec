"""Writes tests/data/formats/long-screenshot-notice.png: a phone's long screenshot of a notice in an app (1080 pixels
wide, 8 times as tall), for the OCR reader's test of images far taller than wide. Needs a CJK font (Noto Sans CJK).

Run: python tests/support/make_long_screenshot.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parents[1] / "data" / "formats" / "long-screenshot-notice.png"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
LINES = ["9:41", "〈  政务服务", "某市民政局关于发放2026年度", "困难群众一次性取暖补贴的通知",
         "某民发〔2026〕31号", "各县（市、区）民政局：",
         *[f"{n}. 第{n}项工作按原定安排推进。" for n in range(1, 21)],
         "一、补贴对象", "本市城乡低保对象、特困供养人员。", "二、补贴标准",
         *[f"说明{n}：相关事项由各县区负责落实。" for n in range(1, 21)],
         "低保对象每户每年发放1200元。", "特困供养人员每人每年发放1500元。", "三、发放时间",
         *[f"要求{n}：各地认真组织实施。" for n in range(1, 21)],
         "补贴资金于2026年12月20日前发放到位。", "咨询电话：0416-1234567", "某市民政局", "2026年11月18日",
         "相关推荐", "点赞  收藏  分享"]


def main() -> None:
    width, line = 1080, 120
    image = Image.new("L", (width, line * len(LINES) + 200), 246)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 44)
    for k, text in enumerate(LINES):
        draw.text((60, 100 + k * line), text, fill=20, font=font)
    image.save(OUT, optimize=True)


if __name__ == "__main__":
    main()

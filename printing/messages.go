package printing

import "github.com/paiban/paiban/message"

// The words of what printing tells the user.
var (
	badPages = message.Text{
		"pages %q: write them as 1-3,5 (pages from 1, ranges with a dash, separated by commas)",
		"頁碼「%s」：請寫成 1-3,5（頁碼從 1 起，範圍用連字號，以逗號分隔）",
		"页码“%s”：请写成 1-3,5（页码从 1 起，范围用连字号，以逗号分隔）",
	}
	backwardPages = message.Text{
		"pages %q: the range ends before it starts",
		"頁碼「%s」：範圍的結尾在開頭之前",
		"页码“%s”：范围的结尾在开头之前",
	}
	pastEnd = message.Text{
		"pages %s: the article has %d page(s)",
		"頁碼 %s：文章只有 %d 頁",
		"页码 %s：文章只有 %d 页",
	}
	badCopies = message.Text{
		"copies %d: want 1 to %d",
		"份數 %d：應為 1 到 %d",
		"份数 %d：应为 1 到 %d",
	}
	noPrinter = message.Text{
		"no printer is set up: add one in the system's printer settings",
		"尚未設定任何印表機：請先在系統的印表機設定中新增一台",
		"尚未设置任何打印机：请先在系统的打印机设置中添加一台",
	}
	noDefault = message.Text{
		"there is no default printer: choose one (%s)",
		"沒有預設印表機：請選擇一台（%s）",
		"没有默认打印机：请选择一台（%s）",
	}
	unknownPrinter = message.Text{
		"there is no printer %q (the printers are: %s)",
		"沒有名為「%s」的印表機（現有：%s）",
		"没有名为“%s”的打印机（现有：%s）",
	}
	stoppedPrinter = message.Text{
		"printer %s is stopped%s: start it again in the system's printer settings (CUPS: cupsenable %[1]s)",
		"印表機 %s 已停用%s：請在系統的印表機設定中重新啟用（CUPS：cupsenable %[1]s）",
		"打印机 %s 已停用%s：请在系统的打印机设置中重新启用（CUPS：cupsenable %[1]s）",
	}
	offlinePrinter = message.Text{
		"printer %s is offline%s: check that it is on and connected",
		"印表機 %s 目前離線%s：請確認它已開機並已連線",
		"打印机 %s 当前离线%s：请确认它已开机并已连接",
	}
	rejectingPrinter = message.Text{
		"printer %s is not accepting jobs%s (CUPS: cupsaccept %[1]s)",
		"印表機 %s 目前不接受列印工作%s（CUPS：cupsaccept %[1]s）",
		"打印机 %s 当前不接受打印任务%s（CUPS：cupsaccept %[1]s）",
	}
	noScheduler = message.Text{
		"the printing system (CUPS) is not running: start it (sudo systemctl start cups, or sudo cupsd) and try again",
		"列印系統（CUPS）沒有執行：請啟動它（sudo systemctl start cups 或 sudo cupsd）後再試",
		"打印系统（CUPS）没有运行：请启动它（sudo systemctl start cups 或 sudo cupsd）后再试",
	}
	noCUPS = message.Text{
		"the CUPS commands lp and lpstat are missing: install them (Debian and Ubuntu: sudo apt-get install cups-client)",
		"找不到 CUPS 的 lp 與 lpstat 指令：請先安裝（Debian、Ubuntu：sudo apt-get install cups-client）",
		"找不到 CUPS 的 lp 与 lpstat 命令：请先安装（Debian、Ubuntu：sudo apt-get install cups-client）",
	}
	noSpooler = message.Text{
		"the Windows print spooler is not running: start the Print Spooler service and try again",
		"Windows 列印多工緩衝處理器沒有執行：請啟動 Print Spooler 服務後再試",
		"Windows 打印后台处理程序没有运行：请启动 Print Spooler 服务后再试",
	}
	listFailed = message.Text{
		"cannot list the printers: %s",
		"無法列出印表機：%s",
		"无法列出打印机：%s",
	}
	sendFailed = message.Text{
		"printing on %s failed: %s",
		"在 %s 列印失敗：%s",
		"在 %s 打印失败：%s",
	}
	noJobID = message.Text{
		"printing on %s: the job was sent but the system gave no job number (%q)",
		"在 %s 列印：工作已送出，但系統沒有回報工作編號（%q）",
		"在 %s 打印：任务已发送，但系统没有返回任务编号（%q）",
	}
	nothingToPrint = message.Text{
		"there is nothing to print: the article has no pages",
		"沒有可列印的內容：文章沒有任何頁面",
		"没有可打印的内容：文章没有任何页面",
	}
	// Sent is the report of a job handed to the printer: the printer, the
	// job's number, the pages and the copies.
	Sent = message.Text{
		"sent to %s as job %s: %d page(s), %d copy(ies)",
		"已送到 %s，工作編號 %s：%d 頁，%d 份",
		"已发送到 %s，任务编号 %s：%d 页，%d 份",
	}
	// reasonSep introduces the system's reason after a printer's state.
	reasonSep = message.Text{" (%s)", "（%s）", "（%s）"}
)

print("mod_fails runs")
raise ValueError("mod_fails broke")

def run():
    return "run called"
if __name__ == "__main__":
    print("never printed on import")
else:
    print("mod_main_check imported as", __name__)

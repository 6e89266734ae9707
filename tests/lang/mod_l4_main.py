# Helper: prints its __name__ and guards its main code.
def main():
    return 'main ran'
if __name__ == '__main__':
    print('mod_l4_main as script')
else:
    print('mod_l4_main imported as', __name__)

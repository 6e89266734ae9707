# invalid pattern in a match statement.
match x:
    case 1 + :
        pass

# compiler/: source -> tokens -> AST -> symbol table -> bytecode.
libsparrow_la_SOURCES += \
	compiler/lexer.c \
	compiler/parser.c \
	compiler/ast.c \
	compiler/symtable.c \
	compiler/compile.c
noinst_HEADERS += compiler/ast.h compiler/compiler.h compiler/lexer.h compiler/symtable.h

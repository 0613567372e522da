{{header}}

# ---- ucdhcp begin ----
/ip dhcp-server option
add name=ucdhcp-120 code=120 value={{option120}}
add name=ucdhcp-43 code=43 value={{option43}}
{{extraOptions}}

# RouterOS v7.4 and later: only clients whose option 60 is MS-UC-Client get these options.
# Set server= to the DHCP server that serves the phones{{serverHint}} (/ip dhcp-server print).
# RouterOS sends an option only if the phone asks for it (option 55); add force=yes to the
# option entries above (7.1rc5 and later) if a phone does not ask.
/ip dhcp-server option sets
add name=ucdhcp-msuc options={{optionSet}}
/ip dhcp-server matcher
add name=ucdhcp-msuc server=dhcp1 code=60 value="MS-UC-Client" option-set=ucdhcp-msuc
{{vlanMatcher}}

# RouterOS v6 has no matcher: instead of the v7 lines above, attach the options to the phones'
# network, where every client that asks for them gets them. Remove the leading # to use:
# /ip dhcp-server network set [find address={{network}}] dhcp-option={{optionSet}}
# ---- ucdhcp end ----

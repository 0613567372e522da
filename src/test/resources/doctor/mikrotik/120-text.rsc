# dec/06/2026 10:00:00 by RouterOS 7.16
# software id = ABCD-1234
/ip dhcp-server option
add code=120 name=lync-120 value="'lync.schertz.local'"
add code=43 name=lync-43 value=0x010C4D532D55432D436C69656E740205687474707303126C796E632E7363686572747A2E6C6F63616C040334343305252F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663
/ip dhcp-server option sets
add name=lync-set options=lync-43,lync-120
/ip dhcp-server matcher
add code=60 name=ms-uc-client option-set=lync-set server=dhcp-voice value="MS-UC-Client"

# ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones
# Windows DHCP (PowerShell), file ucdhcp-powershell.ps1
#
# Run in an elevated PowerShell on the DHCP server or with -ComputerName. It adds the vendor class
# MSUCClient (data MS-UC-Client), option 120 and sub-options 1-5 as BinaryData only where they are
# missing, then sets the values server wide.
#
# Level: server wide; give a scope to limit it to the phones' network.
# Option 120 names the Front End pool 192.0.2.10,192.0.2.11; option 43 its web services
# lyncweb.schertz.local.
#
# Inputs:
#   pool     192.0.2.10,192.0.2.11
#   web      lyncweb.schertz.local
#   director (none)
#   sba      (none)
#   port     443
#   path     /CertProv/CertProvisioningService.svc
#   scheme   https
#   scope    (none: server level)
#   ntp      (none)
#   vlan     (none)
# Option 120 (9 bytes): 01C000020AC000020B
# Option 43 for MS-UC-Client (88 bytes): https://lyncweb.schertz.local:443/CertProv/CertProvisioningService.svc
# Permalink: http://localhost:8080/?pool=192.0.2.10%2C192.0.2.11&web=lyncweb.schertz.local&vendor=powershell
#
# Warnings: none
#
# Rollback:
# Run it again with -Remove: it removes the values, the definitions and the class it adds.
#
# Usage (elevated, DhcpServer module: Windows Server 2012 or later, or RSAT):
#   .\ucdhcp-powershell.ps1 [-ComputerName dhcp01]            configures; safe to run again
#   .\ucdhcp-powershell.ps1 [-ComputerName dhcp01] -Remove    removes what it adds
[CmdletBinding()]
param(
    [string]$ComputerName = $env:COMPUTERNAME,
    [switch]$Remove
)
$ErrorActionPreference = 'Stop'
Import-Module DhcpServer

# The bytes DHCPUtil.exe would compute for these inputs.
$option120 = [byte[]](0x01,0xC0,0x00,0x02,0x0A,0xC0,0x00,0x02,0x0B)
$subOptions = [ordered]@{
    # UC Identifier: MS-UC-Client
    1 = [byte[]](0x4D,0x53,0x2D,0x55,0x43,0x2D,0x43,0x6C,0x69,0x65,0x6E,0x74)
    # URL Scheme: https
    2 = [byte[]](0x68,0x74,0x74,0x70,0x73)
    # Web Server FQDN: lyncweb.schertz.local
    3 = [byte[]](0x6C,0x79,0x6E,0x63,0x77,0x65,0x62,0x2E,0x73,0x63,0x68,0x65,0x72,0x74,0x7A,0x2E,0x6C,0x6F,0x63,0x61,0x6C)
    # Port: 443
    4 = [byte[]](0x34,0x34,0x33)
    # Relative Path for Cert Prov: /CertProv/CertProvisioningService.svc
    5 = [byte[]](0x2F,0x43,0x65,0x72,0x74,0x50,0x72,0x6F,0x76,0x2F,0x43,0x65,0x72,0x74,0x50,0x72,0x6F,0x76,0x69,0x73,0x69,0x6F,0x6E,0x69,0x6E,0x67,0x53,0x65,0x72,0x76,0x69,0x63,0x65,0x2E,0x73,0x76,0x63)
}
$scope = @{ }

if ($Remove) {
    foreach ($id in $subOptions.Keys) {
        Remove-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -VendorClass 'MSUCClient' -OptionId $id -ErrorAction SilentlyContinue
        Remove-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'MSUCClient' -OptionId $id -ErrorAction SilentlyContinue
    }
    Remove-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -OptionId 120 -ErrorAction SilentlyContinue
    Remove-DhcpServerv4OptionDefinition -ComputerName $ComputerName -OptionId 120 -ErrorAction SilentlyContinue
    Remove-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -Type Vendor -ErrorAction SilentlyContinue
    return
}

# Add what is missing; Set-DhcpServerv4OptionValue overwrites, so a second run changes nothing.
# The class name is MSUCClient; MS-UC-Client is the data phones send in option 60.
if (-not (Get-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -ErrorAction SilentlyContinue)) {
    Add-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -Type Vendor -Data 'MS-UC-Client' -Description 'UC Vendor Class Id'
}
if (-not (Get-DhcpServerv4OptionDefinition -ComputerName $ComputerName -OptionId 120 -ErrorAction SilentlyContinue)) {
    Add-DhcpServerv4OptionDefinition -ComputerName $ComputerName -Name 'UCSipServer' -OptionId 120 -Type BinaryData -Description 'Sip Server Fqdn'
}
$names = @{ 1 = 'UCIdentifier'; 2 = 'URLScheme'; 3 = 'WebServerFqdn'; 4 = 'WebServerPort'; 5 = 'CertProvRelPath' }
foreach ($id in $subOptions.Keys) {
    if (-not (Get-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'MSUCClient' -OptionId $id -ErrorAction SilentlyContinue)) {
        Add-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'MSUCClient' -Name $names[$id] -OptionId $id -Type BinaryData
    }
}
Set-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -OptionId 120 -Value $option120
# GetEnumerator: an integer index on an [ordered] dictionary is a position, not a key.
foreach ($subOption in $subOptions.GetEnumerator()) {
    Set-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -VendorClass 'MSUCClient' -OptionId $subOption.Key -Value $subOption.Value
}
